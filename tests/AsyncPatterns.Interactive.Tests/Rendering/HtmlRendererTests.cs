using System.Text.Json;
using System.Text.RegularExpressions;
using AsyncPatterns.Interactive.Timelines;
using Microsoft.Extensions.Time.Testing;

namespace AsyncPatterns.Interactive.Tests.Rendering;

public sealed partial class HtmlRendererTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public void ToHtml_FiftySpans_DoesNotEmbedPlotlyJs()
    {
        var timeline = SampleTimelines.Completed(clock, 50);

        var html = timeline.ToHtml();

        Assert.DoesNotContain("plotly.js v", html, StringComparison.Ordinal);
        Assert.True(html.Length < 100_000, $"{html.Length} characters");
        Assert.Contains("https://cdn.plot.ly/plotly-2.28.0.min.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToHtml_MixedTimeline_CarriesTheSvgViewBeforeTheScript()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        var html = timeline.ToHtml();

        var fallback = Fallback().Match(html);
        Assert.True(fallback.Success, html);
        Assert.Equal(timeline.ToSvg(), fallback.Groups["svg"].Value);
        Assert.Equal(DivId().Match(html).Value[..^1] + "-static\"", fallback.Groups["div"].Value);
        Assert.True(fallback.Index < html.IndexOf("<script", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ToHtml_MixedTimeline_CarriesEverySpanAsABar()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        using var figure = Figure(timeline.ToHtml());

        var bars = figure.RootElement.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("type").GetString() == "bar").ToList();
        Assert.Equal(["RanToCompletion", "Faulted", "Canceled", "Running"], bars.Select(b => b.GetProperty("name").GetString()));
        var spans = bars.SelectMany(b => b.GetProperty("hovertext").EnumerateArray().Zip(b.GetProperty("base").EnumerateArray(), b.GetProperty("x").EnumerateArray()))
            .Select(s => (Name: s.First.GetString()!.Split("</b>")[0][3..], Start: s.Second.GetDouble(), Duration: s.Third.GetDouble()))
            .OrderBy(s => s.Start)
            .ToList();
        Assert.Equal([("download &lt;a&amp;b&gt;", 2.0, 8.0), ("parse", 5.0, 9.0), ("cancelled", 10.0, 2.0), ("stuck", 12.0, 8.0)], spans);
    }

    [Fact]
    public async Task ToHtml_MixedTimeline_HasLanesMarksAndGaugesOnASharedAxis()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        using var figure = Figure(timeline.ToHtml());

        var layout = figure.RootElement.GetProperty("layout");
        Assert.Equal(["io", "cpu"], layout.GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal([5.0, 14.0], layout.GetProperty("shapes").EnumerateArray().Select(s => s.GetProperty("x0").GetDouble()));
        Assert.Equal(["halfway", "done"], layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        var gauges = figure.RootElement.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("type").GetString() == "scatter").ToList();
        Assert.Equal(["thread count", "queue length", "in flight"], gauges.Select(g => g.GetProperty("name").GetString()));
        Assert.All(gauges, g => Assert.Equal(("x", "y2"), (g.GetProperty("xaxis").GetString(), g.GetProperty("yaxis").GetString())));
        Assert.Equal("y2", layout.GetProperty("xaxis").GetProperty("anchor").GetString());
    }

    [Fact]
    public void ToHtml_WithoutSamples_HasNoGaugeAxis()
    {
        var timeline = SampleTimelines.Completed(clock, 3);

        using var figure = Figure(timeline.ToHtml());

        Assert.False(figure.RootElement.GetProperty("layout").TryGetProperty("yaxis2", out _));
    }

    [Fact]
    public void ToHtml_Loader_PrefersWindowPlotlyThenRequireJsThenAScriptTag()
    {
        var html = SampleTimelines.Completed(clock, 3).ToHtml();

        var windowPlotly = html.IndexOf("if (window.Plotly && typeof window.Plotly.newPlot === 'function')", StringComparison.Ordinal);
        var requireJs = html.IndexOf("window.requirejs.config(", StringComparison.Ordinal);
        var scriptTag = html.IndexOf("document.createElement('script')", StringComparison.Ordinal);
        Assert.True(windowPlotly > 0 && windowPlotly < requireJs && requireJs < scriptTag, html);
        Assert.Contains("paths: { plotly: 'https://cdn.plot.ly/plotly-2.28.0.min' }", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_TwoRenders_HaveDistinctDivIds()
    {
        var timeline = SampleTimelines.Completed(clock, 3);

        var first = DivId().Match(timeline.ToHtml());
        var second = DivId().Match(timeline.ToHtml());

        Assert.True(first.Success && second.Success);
        Assert.Equal(first.Groups["hash"].Value, second.Groups["hash"].Value);
        Assert.NotEqual(first.Value, second.Value);
    }

    [Fact]
    public async Task ToHtml_NameThatClosesTheScript_StaysInsideIt()
    {
        var timeline = new Timeline(clock);
        await timeline.Track("</script><script>alert(1)</script><!--", () => Task.CompletedTask);
        timeline.Stop();

        var html = timeline.ToHtml();

        Assert.Equal(1, CountOf(html, "</script>"));
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        using var figure = Figure(html);
    }

    internal static JsonDocument Figure(string html)
    {
        var match = FigureJson().Match(html);
        Assert.True(match.Success, "no figure in the HTML");
        return JsonDocument.Parse(match.Groups["json"].Value);
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    [GeneratedRegex(@"<div id=""asyncpatterns-timeline-(?<hash>[0-9a-f]{8})-(?<n>\d+)""")]
    private static partial Regex DivId();

    [GeneratedRegex(@"(?<div><div id=""asyncpatterns-timeline-[0-9a-f]{8}-\d+-static"") class=""asyncpatterns-timeline-static"" style=""overflow-x:auto"">(?<svg><svg .*?</svg>)</div>", RegexOptions.Singleline)]
    private static partial Regex Fallback();

    [GeneratedRegex(@"var figure = (?<json>\{[^\n]*\});\n")]
    private static partial Regex FigureJson();
}
