using System.Diagnostics;
using System.Text.Json;
using Notebooks.Kernel.Hosting;

namespace Notebooks.Cli.Workers;

/// <summary>Starts worker processes: this same program, run by the same .NET host, with the <c>worker</c> command.</summary>
internal static class WorkerLauncher
{
    /// <summary>Starts a worker for <paramref name="job"/> with its standard streams redirected; throws when it cannot start.</summary>
    public static Process Start(WorkerJob job) => Start(job.ToArguments(), $"the worker process for {job.NotebookPath}");

    /// <summary>Starts a worker that waits for a job of <paramref name="engine"/> on its standard input; throws when it cannot start.</summary>
    public static Process StartStandby(string engine) => Start(["worker", "--standby", "--engine", engine], "a standby worker process");

    /// <summary>Gives a standby worker its job: one JSON line on its standard input, which then stays open as the supervisor's lifeline.</summary>
    public static void Assign(Process worker, WorkerJob job)
    {
        worker.StandardInput.WriteLine(JsonSerializer.Serialize(job, WorkerJsonContext.Default.WorkerJob));
        worker.StandardInput.Flush();
    }

    /// <summary>The job on the first line a standby worker reads, or null when it is not one.</summary>
    public static WorkerJob? ParseJob(string line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, WorkerJsonContext.Default.WorkerJob);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Process Start(IEnumerable<string> arguments, string what)
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
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{what} did not start");
    }
}
