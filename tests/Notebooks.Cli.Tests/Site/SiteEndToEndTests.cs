using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Site;

[Collection(SiteRunCollection.Name)]
public sealed class SiteEndToEndTests(SiteRun run)
{
    [Fact]
    public void Run_WithHtml_IndexListsEachNotebookWithItsResult()
    {
        Assert.True(run.Result.ExitCode == 1, run.Result.ToString());
        var index = run.Read("index.html");

        Assert.Contains("<a href=\"timeline-chart.html\">Timeline chart</a></td><td>timeline-chart.ipynb</td><td class=\"verdict\">PASS</td>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"script-output.html\">Printed markup</a>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"compile-error.html\">", index, StringComparison.Ordinal);
        Assert.Matches("compile-error.ipynb</td><td class=\"verdict\">FAIL</td><td>[0-9.]+ m?s</td><td>1/3</td>", index);
        Assert.Contains("<tr class=\"not-run\"><td>malformed</td><td>malformed.ipynb</td>", index, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(run.Site, "malformed.html")));
    }

    [Fact]
    public void Run_WithHtml_ShowsPrintedScriptAsTextNeverAsMarkup()
    {
        var page = run.Read("script-output.html");

        Assert.Contains("<pre class=\"output stream stdout\">&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"output stream stderr\">&lt;i&gt;red&lt;/i&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithHtml_ShipsPlotlyOnceInAssetsAndLinksItFromThePage()
    {
        var page = run.Read("timeline-chart.html");

        Assert.Equal(["plotly.min.js", "site.css"], Directory.GetFiles(Path.Combine(run.Site, "assets")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Single(Directory.GetFiles(run.Site, "*plotly*", SearchOption.AllDirectories));
        Assert.StartsWith("/**\n* plotly.js v2.", run.Read("assets/plotly.min.js"), StringComparison.Ordinal);
        Assert.True(page.IndexOf("<script src=\"assets/plotly.min.js\"", StringComparison.Ordinal) is > 0 and var at && at < page.IndexOf("<body>", StringComparison.Ordinal));
        Assert.Contains("class=\"asyncpatterns-timeline\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("plotly.js v2", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunHelp_Always_DescribesTheHtmlOption()
    {
        var help = await CliHarness.Invoke(["run", "--help"]);

        Assert.Matches(@"--html <DIR>\s+Write a static HTML site of the executed notebooks to DIR", help.Output);
    }

    [ChromiumFact]
    public async Task NotebookPage_WithTimeline_DrawsThePlotlyChartOfflineOverTheSvgWithoutConsoleErrors()
    {
        Assert.True(Chromium.Path is not null, Chromium.Missing + " (required when CI=true)");
        var page = Path.Combine(run.Site, "timeline-chart.html");

        var (dom, log) = await Chromium.DumpDomAsync(ErrorHook.Instrument(page));
        var screenshot = Path.Combine(CliHarness.RepositoryRoot(), "artifacts", "test-results", "site-screenshot.png");
        await Chromium.ScreenshotAsync(page, screenshot);

        Assert.True(log.Contains(ErrorHook.Ready, StringComparison.Ordinal), "the page's console was not captured:\n" + log);
        Assert.Empty(Chromium.ConsoleErrors(log));
        Assert.Contains("class=\"main-svg\"", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"trace bars\"", dom, StringComparison.Ordinal);
        Assert.Matches("class=\"asyncpatterns-timeline-static\" style=\"[^\"]*display: none", dom);
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 1000, $"screenshot has {png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }
}
