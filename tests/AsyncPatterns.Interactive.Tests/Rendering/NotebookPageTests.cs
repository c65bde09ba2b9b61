using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AsyncPatterns.Interactive.Tests.Support;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.Extensions.Time.Testing;

namespace AsyncPatterns.Interactive.Tests.Rendering;

/// <summary>A notebook holding a Timeline's outputs, as a reader gets it: converted by nbconvert and opened in Chromium with no network, so plotly.js never loads.</summary>
public sealed partial class NotebookPageTests
{
    /// <summary>Put last in the page: once it has loaded (every blocked script failed), reports each chart's SVG view into the DOM.</summary>
    private const string Probe = """
        <script>
        window.addEventListener('load', function () {
            setTimeout(function () {
                var charts = Array.prototype.map.call(document.querySelectorAll('.asyncpatterns-timeline'), function (chart) {
                    var svg = chart.querySelector('.asyncpatterns-timeline-static > svg');
                    var bar = svg && svg.querySelector('rect.span');
                    var onTop = false;
                    if (bar) {
                        bar.scrollIntoView();
                        var box = bar.getBoundingClientRect();
                        var hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                        onTop = !!hit && hit.closest('svg') === svg;
                    }
                    var size = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
                    return {
                        svg: !!svg,
                        visible: !!svg && svg.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
                        width: size.width,
                        height: size.height,
                        bars: svg ? svg.querySelectorAll('rect.span').length : 0,
                        barOnTop: onTop,
                        plotted: !!chart.querySelector('.main-svg'),
                    };
                });
                var report = document.createElement('pre');
                report.id = 'asyncpatterns-probe';
                report.textContent = JSON.stringify({ plotly: typeof window.Plotly, charts: charts });
                document.body.appendChild(report);
            }, 500);
        });
        </script>
        """;

    private readonly FakeTimeProvider clock = new();

    [FrontEndFact]
    public async Task ToHtml_NbConvertPageWithoutNetwork_ShowsTheSvgView()
    {
        Assert.True(FrontEnd.Missing is null, FrontEnd.Missing + " (required when CI=true)");
        var timeline = await SampleTimelines.MixedAsync(clock);
        var folder = Directory.CreateTempSubdirectory("asyncpatterns-nbconvert-");
        try
        {
            var notebook = Path.Combine(folder.FullName, "timeline.ipynb");
            await File.WriteAllTextAsync(notebook, NotebookWithOutputsOf(timeline));
            var page = await FrontEnd.ConvertToHtmlAsync(notebook);
            var html = await File.ReadAllTextAsync(page);
            Assert.Contains("class=\"asyncpatterns-timeline-static\"", html, StringComparison.Ordinal);
            var probed = Path.Combine(folder.FullName, "timeline.probed.html");
            await File.WriteAllTextAsync(probed, html.Replace("</body>", Probe + "\n</body>", StringComparison.Ordinal));

            var dom = await FrontEnd.DumpDomAsync(probed);
            await FrontEnd.ScreenshotAsync(probed, Path.Combine(Repository.Root, "artifacts", "test-results", "timeline-nbconvert-offline.png"));

            var report = ProbeReport().Match(dom);
            Assert.True(report.Success, "the probe did not report:\n" + dom[^Math.Min(dom.Length, 4000)..]);
            using var result = JsonDocument.Parse(WebUtility.HtmlDecode(report.Groups["json"].Value));
            Assert.Equal("undefined", result.RootElement.GetProperty("plotly").GetString());
            var chart = Assert.Single(result.RootElement.GetProperty("charts").EnumerateArray());
            Assert.True(chart.GetProperty("visible").GetBoolean(), chart.ToString());
            Assert.True(chart.GetProperty("width").GetDouble() > 500 && chart.GetProperty("height").GetDouble() > 100, chart.ToString());
            Assert.Equal(4, chart.GetProperty("bars").GetInt32());
            Assert.True(chart.GetProperty("barOnTop").GetBoolean(), chart.ToString());
            Assert.False(chart.GetProperty("plotted").GetBoolean());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>An nbformat 4.5 notebook with one code cell whose display output is what .NET Interactive's formatter makes of <paramref name="value"/>.</summary>
    private static string NotebookWithOutputsOf(object value)
    {
        var data = new JsonObject();
        foreach (var mime in Formatter.GetPreferredMimeTypesFor(value.GetType()))
        {
            data[mime] = Formatter.ToDisplayString(value, mime);
        }

        Assert.Equal(["text/html", "image/svg+xml", "text/plain"], data.Select(p => p.Key));
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#" },
                ["language_info"] = new JsonObject { ["name"] = "C#" },
            },
            ["cells"] = new JsonArray(new JsonObject
            {
                ["cell_type"] = "code",
                ["id"] = "timeline",
                ["metadata"] = new JsonObject(),
                ["execution_count"] = 1,
                ["source"] = "timeline",
                ["outputs"] = new JsonArray(new JsonObject { ["output_type"] = "display_data", ["metadata"] = new JsonObject(), ["data"] = data }),
            }),
        };
        return notebook.ToJsonString();
    }

    [GeneratedRegex("""<pre id="asyncpatterns-probe">(?<json>.*?)</pre>""", RegexOptions.Singleline)]
    private static partial Regex ProbeReport();
}
