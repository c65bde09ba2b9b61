using System.Xml.Linq;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.Extensions.Time.Testing;

namespace AsyncPatterns.Interactive.Tests.Rendering;

/// <summary>Our <c>TypeFormatterSourceAttribute</c> as the real Microsoft.DotNet.Interactive.Formatting package sees it.</summary>
public sealed class FormatterConventionTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task Formatter_TextHtml_IsOurPlotlyChartOverTheSvg()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        var html = Formatter.ToDisplayString(timeline, "text/html");

        Assert.StartsWith("<div class=\"asyncpatterns-timeline\">\n<div id=\"asyncpatterns-timeline-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
        Assert.Contains(timeline.ToSvg(), html, StringComparison.Ordinal);
        using var figure = HtmlRendererTests.Figure(html);
    }

    [Fact]
    public async Task Formatter_ImageSvg_IsOurSvg()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        var svg = Formatter.ToDisplayString(timeline, "image/svg+xml");

        Assert.Equal(timeline.ToSvg(), svg);
        Assert.Equal("svg", XDocument.Parse(svg).Root!.Name.LocalName);
    }

    [Fact]
    public async Task Formatter_TextPlain_IsOurTable()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        var text = Formatter.ToDisplayString(timeline, "text/plain");

        Assert.Equal(timeline.ToString(), text);
    }

    [Fact]
    public void Formatter_PreferredMimeTypes_ComeFromTheAttribute()
    {
        var preferred = Formatter.GetPreferredMimeTypesFor(typeof(AsyncPatterns.Interactive.Timelines.Timeline));

        Assert.Equal(["text/html", "image/svg+xml", "text/plain"], preferred);
    }
}
