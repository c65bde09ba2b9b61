using System.CommandLine;
using Notebooks.Cli.Commands;

namespace Notebooks.Cli;

/// <summary>The command line: the root command and its subcommands, separate from what they run.</summary>
internal static class CliApp
{
    /// <summary>Builds the root command.</summary>
    public static RootCommand Create() => new("Runs C# notebooks (.ipynb, .dib) headlessly on a Roslyn-scripting kernel.")
    {
        RunCommand.Create(),
        LintCommand.Create(),
        KernelCommand.Create(),
        WorkerCommand.Create(),
    };

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null }, cancellationToken);
}
