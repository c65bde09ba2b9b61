using System.Xml.Linq;
using AsyncPatterns.Interactive.Timelines;
using Microsoft.Extensions.Time.Testing;

namespace AsyncPatterns.Interactive.Tests.Rendering;

public sealed class SvgRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task ToSvg_MixedTimeline_ParsesWithATitledBarPerSpan()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        var svg = XDocument.Parse(timeline.ToSvg());

        Assert.Equal(Svg + "svg", svg.Root!.Name);
        var titles = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "span").Select(r => r.Element(Svg + "title")!.Value).ToList();
        Assert.Equal(4, titles.Count);
        Assert.Contains(titles, t => t.StartsWith("download <a&b>\nio: 2 → 10 ms (8 ms)", StringComparison.Ordinal) && t.EndsWith("RanToCompletion", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("parse\n", StringComparison.Ordinal) && t.EndsWith("Faulted (InvalidOperationException)", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("cancelled\n", StringComparison.Ordinal) && t.EndsWith("Canceled", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("stuck\nio: 12 → running ms (8 ms)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ToSvg_MixedTimeline_LabelsEveryLaneAndColoursByOutcome()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        var svg = XDocument.Parse(timeline.ToSvg());

        var labels = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "lane").Select(t => t.Value);
        Assert.Equal(["io", "cpu"], labels);
        var fills = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "span").Select(r => (string)r.Attribute("fill")!).ToHashSet();
        Assert.Equal(4, fills.Count);
    }

    [Fact]
    public async Task ToSvg_MarksAndSamples_DrawLinesAndThreeGauges()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        var svg = XDocument.Parse(timeline.ToSvg());

        var marks = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "mark").Select(t => t.Value);
        Assert.Equal(["halfway", "done"], marks);
        var gauges = svg.Descendants(Svg + "polyline").Select(p => p.Element(Svg + "title")!.Value).ToList();
        Assert.Equal(3, gauges.Count);
        Assert.Contains(gauges, g => g == "in flight: max 2");
    }

    [Fact]
    public async Task ToSvg_Axis_HasMillisecondTicks()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        var svg = XDocument.Parse(timeline.ToSvg());

        var ticks = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "tick").Select(t => t.Value).ToList();
        Assert.Equal(["0", "5", "10", "15", "20"], ticks);
    }

    [Fact]
    public async Task ToSvg_ControlCharactersAndMarkup_StayWellFormed()
    {
        var timeline = new Timeline(clock);
        await timeline.Track("a\u0001b</svg><script>", () => Task.CompletedTask, "<lane & co>");
        timeline.Mark("\"quoted\" & 'single'");
        timeline.Stop();

        var svg = XDocument.Parse(timeline.ToSvg());

        Assert.Empty(svg.Descendants(Svg + "script"));
        Assert.Contains(svg.Descendants(Svg + "title"), t => t.Value.StartsWith("a\uFFFDb</svg><script>", StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "<lane & co>");
    }

    [Fact]
    public void ToSvg_EmptyTimeline_IsAValidDocument()
    {
        using var timeline = new Timeline(clock);

        var svg = XDocument.Parse(timeline.ToSvg());

        Assert.Empty(svg.Descendants(Svg + "polyline"));
    }
}
