using Spectre.Console;

namespace Notebooks.Cli.Reporting;

/// <summary>Chooses the run's reporter: a live view on a terminal, plain lines in CI, pipes and files.</summary>
internal static class ReporterFactory
{
    /// <summary>The reporter for <paramref name="output"/> in <paramref name="environment"/>.</summary>
    public static IRunReporter Create(TextWriter output, ConsoleEnvironment environment)
    {
        if (environment.WantsLive(output))
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.Detect,
                ColorSystem = environment.NoColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
                Interactive = InteractionSupport.Yes,
                Out = new AnsiConsoleOutput(output),
            });
            if (console.Profile.Capabilities.Ansi)
            {
                return new LiveReporter(console, TimeProvider.System);
            }
        }

        return new ConsoleReporter(output, environment.IsGitHubActions);
    }
}
