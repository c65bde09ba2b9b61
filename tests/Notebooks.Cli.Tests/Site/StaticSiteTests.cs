using System.Text.Json.Nodes;
using Notebooks.Cli.Site;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Tests.Site;

public sealed class StaticSiteTests
{
    private readonly string site = Path.Combine(Directory.CreateTempSubdirectory("nb-site").FullName, "site");

    [Fact]
    public async Task WriteAsync_Pages_WritesPlotlyOnceInAssetsAndNeverIntoPages()
    {
        await StaticSite.WriteAsync(site, [Page("01-first.ipynb", passed: true), Page("02-second.ipynb", passed: true)], CancellationToken.None);

        Assert.Equal(["01-first.html", "02-second.html", "index.html"], Directory.GetFiles(site).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Single(Directory.GetFiles(site, "*plotly*", SearchOption.AllDirectories));
        Assert.True(new FileInfo(Path.Combine(site, "assets", "plotly.min.js")).Length > 1_000_000);
        foreach (var page in new[] { "01-first.html", "02-second.html" })
        {
            var html = File.ReadAllText(Path.Combine(site, page));
            Assert.Contains("<script src=\"assets/plotly.min.js\" charset=\"utf-8\"></script>", html, StringComparison.Ordinal);
            Assert.True(html.Length < 20_000, $"{page} has {html.Length} characters");
        }
    }

    [Fact]
    public async Task WriteAsync_Assets_ShipThePlotlyJsThatPlotlyNetEmbeds()
    {
        await StaticSite.WriteAsync(site, [Page("01-first.ipynb", passed: true)], CancellationToken.None);

        var plotly = File.ReadAllText(Path.Combine(site, "assets", "plotly.min.js"));
        Assert.StartsWith("/**\n* plotly.js v2.28.0\n", plotly, StringComparison.Ordinal);
        Assert.EndsWith("}));", plotly.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Index_ListsTitleResultDurationCellsAndLink()
    {
        await StaticSite.WriteAsync(
            site,
            [Page("01-first.ipynb", passed: true), Page("02-second.ipynb", passed: false), SitePage.NotRun(new NotebookFormatException("03-broken.ipynb", "3:1", "not JSON"))],
            CancellationToken.None);

        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("<tr class=\"pass\"><td><a href=\"01-first.html\">Title of 01-first</a></td><td>01-first.ipynb</td><td class=\"verdict\">PASS</td><td>1.5 s</td><td>1/1</td></tr>", index, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"fail\"><td><a href=\"02-second.html\">Title of 02-second</a></td><td>02-second.ipynb</td><td class=\"verdict\">FAIL</td><td>1.5 s</td><td>0/1</td></tr>", index, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"not-run\"><td>03-broken</td><td>03-broken.ipynb</td><td class=\"verdict\" title=\"not JSON\">NOT RUN</td>", index, StringComparison.Ordinal);
        Assert.Contains("3 notebooks: 1 passed, 1 failed, 1 not run", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Page_ShowsMarkdownHighlightedCodeLabelResultAndOutputs()
    {
        await StaticSite.WriteAsync(site, [Page("01-first.ipynb", passed: false)], CancellationToken.None);

        var html = File.ReadAllText(Path.Combine(site, "01-first.html"));
        Assert.Contains("<title>Title of 01-first</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"title-of-01-first\">Title of 01-first</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"label\">cell 2 [work]</span> <span class=\"result\">failed</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cs-keyword\">var</span>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"output stream stdout\">&lt;script&gt;alert(1)&lt;/script&gt;</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"output rich svg\"><svg><circle r=\"3\"/></svg></div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_SameFileNameTwice_GivesEachPageItsOwnFile()
    {
        await StaticSite.WriteAsync(site, [Page(Path.Combine("a", "intro.ipynb"), passed: true), Page(Path.Combine("b", "intro.ipynb"), passed: true)], CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(site, "intro.html")));
        Assert.True(File.Exists(Path.Combine(site, "intro-2.html")));
    }

    [Fact]
    public async Task WriteAsync_CellOfAnotherKernel_IsEscapedNotHighlightedAsCSharp()
    {
        var page = Page("01-first.ipynb", passed: true);
        var fsharp = new NotebookCell(CellKind.Code, "let x = \"<b>\"", "fs") { Metadata = CellMetadata.ForKernel("fsharp") };
        page.Notebook!.Cells.Add(fsharp);

        await StaticSite.WriteAsync(site, [page], CancellationToken.None);

        var html = File.ReadAllText(Path.Combine(site, "01-first.html"));
        Assert.Contains("<span class=\"label\">cell 3 [fs]</span> <span class=\"result\">not run</span>", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"language-fsharp\">let x = &quot;&lt;b&gt;&quot;</code>", html, StringComparison.Ordinal);
    }

    private static SitePage Page(string path, bool passed)
    {
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellKind.Markdown, $"# Title of {Path.GetFileNameWithoutExtension(path)}", "intro"));
        var code = new NotebookCell(CellKind.Code, "var x = 1;\nConsole.Write(\"<script>alert(1)</script>\");", "work");
        code.Outputs.Add(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "<script>alert(1)</script>" });
        code.Outputs.Add(new JsonObject { ["output_type"] = "display_data", ["data"] = new JsonObject { ["text/plain"] = "dot", ["image/svg+xml"] = "<svg><circle r=\"3\"/></svg>" } });
        notebook.Cells.Add(code);
        var cell = new CellResult(2, "work", "var x = 1;", passed ? CellResultKind.Passed : CellResultKind.Failed, TimeSpan.FromMilliseconds(20))
        {
            Error = passed ? null : CellError.Thrown("InvalidOperationException", "boom"),
        };
        return SitePage.Executed(path, notebook, new NotebookResult(path, [cell], TimeSpan.FromSeconds(1.5)));
    }
}
