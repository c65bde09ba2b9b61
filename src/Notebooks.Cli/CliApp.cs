using System.CommandLine;
using Notebooks.Cli.Commands;
using Notebooks.Cli.Workers;

namespace Notebooks.Cli;

/// <summary>The command line: the root command and its subcommands, separate from what they run.</summary>
internal static class CliApp
{
    /// <summary>Builds the root command; <c>run</c> uses <paramref name="earlyWorkers"/> and <paramref name="supervision"/> when they are given.</summary>
    public static RootCommand Create(WorkerPool? earlyWorkers = null, SupervisionTimings? supervision = null) => new("Runs C# notebooks (.ipynb, .dib) headlessly on a Roslyn-scripting kernel.")
    {
        RunCommand.Create(earlyWorkers, supervision),
        LintCommand.Create(),
        KernelCommand.Create(),
        WorkerCommand.Create(),
    };

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    /// <remarks><paramref name="supervision"/> is for in-process callers (tests): the command line has no option for it.</remarks>
    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default, WorkerPool? earlyWorkers = null, SupervisionTimings? supervision = null) =>
        Create(earlyWorkers, supervision).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null }, cancellationToken);
}
