namespace Notebooks.Cli.Reporting;

/// <summary>Where the run's report goes: whether the output is a terminal, and the CI and colour settings of the environment.</summary>
/// <param name="terminal">The writer that reaches a terminal, or null when standard output is redirected.</param>
/// <param name="variable">Reads an environment variable.</param>
internal sealed class ConsoleEnvironment(TextWriter? terminal, Func<string, string?> variable)
{
    /// <summary>This process's console and environment variables.</summary>
    public static ConsoleEnvironment Current => new(Console.IsOutputRedirected ? null : Console.Out, Environment.GetEnvironmentVariable);

    /// <summary>True when <c>CI</c> is <c>true</c> or <c>1</c>.</summary>
    public bool IsCi => IsSet("CI");

    /// <summary>True when running as a GitHub Actions step.</summary>
    public bool IsGitHubActions => IsSet("GITHUB_ACTIONS");

    /// <summary>True when <c>NO_COLOR</c> has any non-empty value.</summary>
    public bool NoColor => !string.IsNullOrEmpty(variable("NO_COLOR"));

    /// <summary>True when <paramref name="output"/> is the terminal itself, not a file, pipe or in-memory writer.</summary>
    public bool IsTerminal(TextWriter output) => terminal is not null && ReferenceEquals(output, terminal);

    /// <summary>True when a live view suits <paramref name="output"/>: a terminal that is not dumb, outside CI.</summary>
    public bool WantsLive(TextWriter output) =>
        IsTerminal(output) && !IsCi && !IsGitHubActions && !string.Equals(variable("TERM"), "dumb", StringComparison.Ordinal);

    private bool IsSet(string name) =>
        variable(name)?.Trim() is { } value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
