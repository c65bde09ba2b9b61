using Notebooks.Testing;

namespace AsyncPatterns.Interactive.Tests.Support;

/// <summary>The real front ends a chart test drives: Jupyter's nbconvert, which turns a notebook into the page a reader opens, and headless Chromium with no network.</summary>
internal static class FrontEnd
{
    /// <summary>The browser: <c>CHROMIUM</c>, else <c>chromium</c> or <c>chromium-browser</c> on the PATH, else /usr/bin/chromium.</summary>
    public static string? Chromium { get; } = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } chosen
        ? (File.Exists(chosen) ? chosen : null)
        : ChildProcess.Find("chromium", "chromium-browser");

    /// <summary>Jupyter's converter: <c>jupyter-nbconvert</c> on the PATH, else /usr/bin/jupyter-nbconvert.</summary>
    public static string? NbConvert { get; } = ChildProcess.Find("jupyter-nbconvert");

    /// <summary>Why a front-end test cannot run here, for the skip message and the CI failure; null when both tools exist.</summary>
    public static string? Missing { get; } = (Chromium, NbConvert) switch
    {
        (null, null) => $"{ChromiumMissing}; {NbConvertMissing}",
        (null, _) => ChromiumMissing,
        (_, null) => NbConvertMissing,
        _ => null,
    };

    private const string ChromiumMissing = "chromium was not found (tried $CHROMIUM, chromium and chromium-browser on the PATH, /usr/bin/chromium); install the Debian package chromium";
    private const string NbConvertMissing = "jupyter-nbconvert was not found (on the PATH, /usr/bin); install the Debian package jupyter-nbconvert";

    /// <summary>Headless, no sandbox (containers run as root), a fresh profile, and no network at all: every host name fails, and so does any proxy.</summary>
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--proxy-server=127.0.0.1:9", "--window-size=1200,900", "--virtual-time-budget=10000", "--hide-scrollbars",
    ];

    /// <summary>Converts <paramref name="notebook"/> to HTML beside it with nbconvert's default template; returns the page's path.</summary>
    public static async Task<string> ConvertToHtmlAsync(string notebook)
    {
        var folder = Path.GetDirectoryName(notebook)!;
        var (_, log) = await RunAsync(NbConvert ?? throw new InvalidOperationException(NbConvertMissing), ["--to", "html", "--output-dir", folder, notebook]);
        var page = Path.ChangeExtension(notebook, ".html");
        Assert.True(File.Exists(page), "nbconvert wrote no page:\n" + log);
        return page;
    }

    /// <summary>Loads <paramref name="page"/> offline and returns the DOM once scripts ran and failed loads settled.</summary>
    public static async Task<string> DumpDomAsync(string page)
    {
        var (dom, _) = await RunAsync(Chromium ?? throw new InvalidOperationException(ChromiumMissing), [.. ChromiumFlags, $"--user-data-dir={Profile()}", "--dump-dom", new Uri(page).AbsoluteUri]);
        return dom;
    }

    /// <summary>Loads <paramref name="page"/> offline and saves a PNG of the window.</summary>
    public static async Task ScreenshotAsync(string page, string png)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        File.Delete(png);
        await RunAsync(Chromium ?? throw new InvalidOperationException(ChromiumMissing), [.. ChromiumFlags, $"--user-data-dir={Profile()}", $"--screenshot={png}", new Uri(page).AbsoluteUri]);
    }

    /// <summary>A profile of its own for each browser, so parallel runs and earlier ones share nothing.</summary>
    private static string Profile() => Directory.CreateTempSubdirectory("asyncpatterns-chromium-").FullName;

    private static async Task<(string Stdout, string Stderr)> RunAsync(string program, string[] args)
    {
        var result = await ChildProcess.RunAsync(program, args, TimeSpan.FromSeconds(90));
        if (result.TimedOut)
        {
            throw new TimeoutException($"{program} did not finish in 90 s: {string.Join(' ', args)}");
        }

        Assert.True(result.ExitCode == 0, $"{program} exited with {result.ExitCode}:\n{result.Stderr}");
        return (result.Stdout, result.Stderr);
    }
}
