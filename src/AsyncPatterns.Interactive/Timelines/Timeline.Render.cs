using AsyncPatterns.Interactive.Rendering;

namespace AsyncPatterns.Interactive.Timelines;

/// <summary>Rendering entry points; the renderers live in the Rendering folder.</summary>
public sealed partial class Timeline
{
    /// <summary>An interactive plotly.js chart (one row per lane, bars coloured by outcome, thread-pool gauges on the same axis) over the static SVG, which stays where plotly.js cannot load.</summary>
    public string ToHtml() => HtmlRenderer.Render(new TimelineSnapshot(this));

    /// <summary>A static SVG with the same information, readable without JavaScript.</summary>
    public string ToSvg() => SvgRenderer.Render(new TimelineSnapshot(this));

    /// <summary>Chrome trace-event JSON, which Perfetto and speedscope open.</summary>
    public string ToChromeTrace() => ChromeTraceRenderer.Render(new TimelineSnapshot(this));

    /// <summary>A text table of the spans, then the marks and a summary of the thread-pool samples.</summary>
    public override string ToString() => TextTableRenderer.Render(new TimelineSnapshot(this));
}
