using Notebooks.Testing;


namespace Notebooks.Cli.Tests.Support;

/// <summary>Headless Chromium, when it is installed: loads a page offline and returns its DOM, console lines and a screenshot.</summary>
internal static class Chromium
{
    /// <summary>The browser: <c>CHROMIUM</c>, else <c>chromium</c> or <c>chromium-browser</c> on the PATH, else /usr/bin/chromium; null when none exists.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Why a Chromium test cannot run here, for the skip message and the CI failure.</summary>
    public const string Missing = "chromium was not found (tried $CHROMIUM, chromium and chromium-browser on the PATH, /usr/bin/chromium); install the Debian package chromium";

    /// <summary>Common flags: headless, no sandbox (containers run as root), no network at all, a fixed window.</summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
        "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1200,900", "--virtual-time-budget=5000",
        "--enable-logging=stderr", "--v=0",
    ];

    /// <summary>Loads <paramref name="page"/> and returns the DOM after scripts ran, and stderr (where the console's lines go).</summary>
    public static async Task<(string Dom, string Log)> DumpDomAsync(string page)
    {
        var (stdout, stderr) = await RunAsync([.. Flags, "--dump-dom", new Uri(page).AbsoluteUri]);
        return (stdout, stderr);
    }

    /// <summary>Loads <paramref name="page"/> and saves a PNG screenshot of the window to <paramref name="png"/>.</summary>
    public static async Task ScreenshotAsync(string page, string png)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(png)!);
        File.Delete(png);
        await RunAsync([.. Flags, "--hide-scrollbars", $"--screenshot={png}", new Uri(page).AbsoluteUri]);
    }

    /// <summary>Console lines that report an error: uncaught exceptions, and what the page's error hook logged.</summary>
    public static IReadOnlyList<string> ConsoleErrors(string log) =>
        [.. log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)
            && (l.Contains("Uncaught", StringComparison.Ordinal) || l.Contains(ErrorHook.Marker, StringComparison.Ordinal)))];

    private static async Task<(string Stdout, string Stderr)> RunAsync(string[] args)
    {
        // A profile of its own, so parallel browsers and earlier runs do not share state.
        string[] all = [.. args, $"--user-data-dir={Directory.CreateTempSubdirectory("nb-chromium").FullName}"];
        var result = await ChildProcess.RunAsync(Path ?? throw new InvalidOperationException(Missing), all, TimeSpan.FromSeconds(90));
        if (result.TimedOut)
        {
            throw new TimeoutException($"chromium did not finish in 90 s: {string.Join(' ', args)}");
        }

        return (result.Stdout, result.Stderr);
    }

    private static string? Find()
    {
        var chosen = Environment.GetEnvironmentVariable("CHROMIUM");
        if (!string.IsNullOrEmpty(chosen))
        {
            return File.Exists(chosen) ? chosen : null;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => new[] { "chromium", "chromium-browser" }.Select(name => System.IO.Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
        return onPath ?? (File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null);
    }
}
