namespace AsyncPatterns.Interactive.Timelines;

/// <summary>Rendering entry points; the renderers live in the Rendering folder.</summary>
public sealed partial class Timeline
{
    /// <summary>An interactive Plotly chart: one row per lane, bars coloured by outcome, thread-pool gauges on the same axis.</summary>
    public string ToHtml() => throw new NotImplementedException();

    /// <summary>A static SVG with the same information, readable without JavaScript.</summary>
    public string ToSvg() => throw new NotImplementedException();

    /// <summary>Chrome trace-event JSON, which Perfetto and speedscope open.</summary>
    public string ToChromeTrace() => throw new NotImplementedException();

    /// <summary>A text table of the spans.</summary>
    public override string ToString() => $"Timeline: {Spans.Count} spans";
}
