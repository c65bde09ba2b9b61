namespace Notebooks.Testing;

/// <summary>The rule for tests that need a real component (Chromium, Jupyter, PostgreSQL, the tool): skipped with a clear message where it is missing, run (and so failed) in CI, where .ci/run installs it.</summary>
internal static class Requirement
{
    /// <summary>True in CI (<c>CI=true</c>), where nothing a test needs may be missing.</summary>
    public static bool InCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>The skip message for a test when <paramref name="missing"/> says what is missing; null when nothing is, or in CI.</summary>
    public static string? Skip(string? missing) => missing is not null && !InCi ? missing : null;
}
