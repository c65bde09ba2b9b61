using System.Diagnostics;
using Notebooks.Kernel.Hosting;

namespace Notebooks.Cli.Workers;

/// <summary>Starts worker processes: this same program, run by the same .NET host, with the <c>worker</c> command.</summary>
internal static class WorkerLauncher
{
    /// <summary>Starts a worker for <paramref name="job"/> with its standard streams redirected; throws when it cannot start.</summary>
    public static Process Start(WorkerJob job)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        start.ArgumentList.Add(typeof(WorkerLauncher).Assembly.Location);
        foreach (var argument in job.ToArguments())
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"the worker process for {job.NotebookPath} did not start");
    }
}
