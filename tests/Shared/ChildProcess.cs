using System.Diagnostics;

namespace Notebooks.Testing;

/// <summary>What a program the tests ran printed, and how it ended.</summary>
/// <param name="ExitCode">Its exit code; -1 when it was killed at its time limit.</param>
/// <param name="Stdout">Its standard output.</param>
/// <param name="Stderr">Its standard error, after a line saying so when it timed out.</param>
internal sealed record ChildResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Both streams, standard output first.</summary>
    public string Output => Stdout + Stderr;

    /// <summary>True when the program was killed at its time limit.</summary>
    public bool TimedOut { get; init; }
}

/// <summary>The one way the tests run a program (python3, chromium, node, dotnet): output captured, and at its time limit the whole process tree killed.</summary>
internal static class ChildProcess
{
    /// <summary>The full path of the first of <paramref name="names"/> on PATH (then /usr/bin), or null.</summary>
    public static string? Find(params string[] names)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin");
        return folders.SelectMany(folder => names.Select(name => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>Runs <paramref name="program"/> to its end or <paramref name="limit"/>, whichever comes first; never leaves it running.</summary>
    /// <param name="program">The program, a path or a name on PATH.</param>
    /// <param name="args">Its arguments, each passed as it is.</param>
    /// <param name="limit">How long it may run.</param>
    /// <param name="folder">Its working directory; this process's when null.</param>
    /// <param name="environment">Variables to set (a null value removes one).</param>
    public static async Task<ChildResult> RunAsync(string program, IEnumerable<string> args, TimeSpan limit, string? folder = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (folder is not null)
        {
            start.WorkingDirectory = folder;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            return new ChildResult(-1, await stdout.ConfigureAwait(false), $"{program} did not finish within {limit.TotalSeconds:0} s and was killed\n{await stderr.ConfigureAwait(false)}") { TimedOut = true };
        }

        return new ChildResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }
}
