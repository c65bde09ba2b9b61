using System.CommandLine;
using Notebooks.Cli.Linting;

namespace Notebooks.Cli.Commands;

/// <summary>The <c>lint</c> command: checks the collection's conventions without running anything.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = CommandOptions.Paths();
        var command = new Command("lint", "Check notebooks against the collection's conventions (names, no outputs, ids, metadata, pinned package versions)") { paths };
        command.SetAction(result => LintSession.Run(
            CommandOptions.PathsOf(result, paths),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }
}
