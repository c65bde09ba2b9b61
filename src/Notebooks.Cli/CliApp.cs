using System.CommandLine;
using Notebooks.Cli.Commands;
using Notebooks.Cli.Workers;

namespace Notebooks.Cli;

/// <summary>The command line: the root command and its subcommands, separate from what they run.</summary>
internal static class CliApp
{
    /// <summary>Builds the root command; <c>run</c> uses <paramref name="earlyWorkers"/> when they are given.</summary>
    public static RootCommand Create(WorkerPool? earlyWorkers = null) => new("Runs C# notebooks (.ipynb, .dib) headlessly on a Roslyn-scripting kernel.")
    {
        RunCommand.Create(earlyWorkers),
        LintCommand.Create(),
        KernelCommand.Create(),
        WorkerCommand.Create(),
    };

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default, WorkerPool? earlyWorkers = null) =>
        Create(earlyWorkers).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null }, cancellationToken);
}
