using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;

namespace AsyncPatterns.Interactive.Tests.Rendering;

/// <summary>10,000 spans render in every format (speed is the benchmark's job, not these tests').</summary>
public sealed class LargeTimelineTests
{
    private const int Count = 10_000;
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public void ToSvg_TenThousandSpans_HasEveryBar()
    {
        var timeline = SampleTimelines.Completed(clock, Count, lanes: 20);

        var svg = XDocument.Parse(timeline.ToSvg());

        Assert.Equal(Count, svg.Descendants().Count(e => e.Name.LocalName == "rect" && (string?)e.Attribute("class") == "span"));
    }

    [Fact]
    public void ToChromeTrace_TenThousandSpans_HasEveryCompleteEvent()
    {
        var timeline = SampleTimelines.Completed(clock, Count, lanes: 20);

        using var trace = JsonDocument.Parse(timeline.ToChromeTrace());

        Assert.Equal(Count, trace.RootElement.GetProperty("traceEvents").EnumerateArray().Count(e => e.GetProperty("ph").GetString() == "X"));
    }

    [Fact]
    public void ToHtml_TenThousandSpans_HasEveryBar()
    {
        var timeline = SampleTimelines.Completed(clock, Count, lanes: 20);

        using var figure = HtmlRendererTests.Figure(timeline.ToHtml());

        var bars = figure.RootElement.GetProperty("data").EnumerateArray().Single();
        Assert.Equal(Count, bars.GetProperty("base").GetArrayLength());
    }

    [Fact]
    public void ToString_TenThousandSpans_HasARowEach()
    {
        var timeline = SampleTimelines.Completed(clock, Count, lanes: 20);

        var lines = timeline.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(Count + 3, lines.Length);
    }
}
