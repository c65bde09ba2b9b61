using Notebooks.Cli.Reporting;
using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Reporting;

/// <summary>Console environments for the reporter factory, from a terminal writer and a few variables.</summary>
internal static class TestEnvironment
{
    /// <summary>An environment whose terminal is <paramref name="terminal"/> (null: output redirected) with these variables.</summary>
    public static ConsoleEnvironment With(TextWriter? terminal, params (string Name, string Value)[] variables)
    {
        var values = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return new ConsoleEnvironment(terminal, name => values.GetValueOrDefault(name));
    }

    /// <summary>Runs <paramref name="action"/> as on an xterm with no colour preference, as Spectre.Console detects both from the process.</summary>
    public static T OnXterm<T>(Func<T> action) =>
        CliHarness.WithEnvironment("TERM", "xterm-256color", () =>
            CliHarness.WithEnvironment("NO_COLOR", null, () => Task.FromResult(action()))).GetAwaiter().GetResult();
}
