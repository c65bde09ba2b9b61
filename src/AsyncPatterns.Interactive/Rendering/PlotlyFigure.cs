using System.Globalization;
using System.Net;
using AsyncPatterns.Interactive.Timelines;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AsyncPatterns.Interactive.Rendering;

/// <summary>Builds the Plotly.NET chart of a timeline: horizontal bars per lane (one trace per outcome), marks as dotted lines, thread-pool gauges on a second subplot sharing the millisecond axis.</summary>
internal static class PlotlyFigure
{
    private static readonly SpanOutcome[] Outcomes = [SpanOutcome.RanToCompletion, SpanOutcome.Faulted, SpanOutcome.Canceled, SpanOutcome.Running];
    private static readonly FSharpFunc<Trace2D, Trace2D> Unstyled = FuncConvert.FromFunc<Trace2D, Trace2D>(t => t);

    /// <summary>The chart's JSON: <c>{"data": [...], "layout": {...}, "config": {...}}</c>.</summary>
    public static string ToJson(TimelineSnapshot snapshot) => GenericChart.toJson(Create(snapshot));

    public static GenericChart Create(TimelineSnapshot snapshot)
    {
        var gauges = snapshot.Samples.Count > 0;
        var traces = new List<Trace>();
        foreach (var outcome in Outcomes)
        {
            var spans = snapshot.Spans.Where(s => s.Outcome == outcome).ToList();
            if (spans.Count > 0)
            {
                traces.Add(Bars(snapshot, outcome, spans));
            }
        }

        if (gauges)
        {
            traces.Add(Gauge("thread count", "#9467bd", snapshot.Samples, s => s.ThreadCount));
            traces.Add(Gauge("queue length", "#8c564b", snapshot.Samples, s => s.PendingWorkItems));
            traces.Add(Gauge("in flight", "#17becf", snapshot.Samples, s => s.InFlight));
        }

        var chart = GenericChart.ofTraceObjects(true, traces);
        chart = GenericChart.setLayout(Layout(snapshot, gauges), chart);
        var config = new Config();
        config.SetProperty("responsive", true);
        config.SetProperty("displaylogo", false);
        return GenericChart.setConfig(config, chart);
    }

    private static Trace2D Bars(TimelineSnapshot snapshot, SpanOutcome outcome, List<TimelineSpan> spans)
    {
        var bars = Trace2D.initBar(Unstyled);
        bars.SetProperty("name", outcome.ToString());
        bars.SetProperty("orientation", "h");
        bars.SetProperty("y", spans.Select(s => s.Lane).ToArray());
        bars.SetProperty("base", spans.Select(s => Round(TimelineSnapshot.Ms(s.Start))).ToArray());
        bars.SetProperty("x", spans.Select(s => Round(TimelineSnapshot.Ms(snapshot.EndOf(s) - s.Start))).ToArray());
        bars.SetProperty("ids", spans.Select(s => s.Id.ToString(CultureInfo.InvariantCulture)).ToArray());
        bars.SetProperty("hovertext", spans.Select(s => Hover(snapshot, s)).ToArray());
        bars.SetProperty("hovertemplate", "%{hovertext}<extra></extra>");
        bars.SetProperty("marker", Object(("color", TimelineSnapshot.Color(outcome))));
        bars.SetProperty("width", 0.7);
        bars.SetProperty("xaxis", "x");
        bars.SetProperty("yaxis", "y");
        return bars;
    }

    private static Trace2D Gauge(string name, string color, IReadOnlyList<PoolSample> samples, Func<PoolSample, double> value)
    {
        var line = Trace2D.initScatter(Unstyled);
        line.SetProperty("name", name);
        line.SetProperty("mode", "lines");
        line.SetProperty("x", samples.Select(s => Round(TimelineSnapshot.Ms(s.At))).ToArray());
        line.SetProperty("y", samples.Select(value).ToArray());
        line.SetProperty("line", Object(("color", color), ("shape", "hv")));
        line.SetProperty("xaxis", "x");
        line.SetProperty("yaxis", "y2");
        return line;
    }

    private static Layout Layout(TimelineSnapshot snapshot, bool gauges)
    {
        var barsHeight = Math.Min(40 + (snapshot.Lanes.Count * 26), 2400);
        var gaugeHeight = gauges ? 170 : 0;
        var layout = new Layout();
        layout.SetProperty("title", Object(("text", string.Create(CultureInfo.InvariantCulture, $"Timeline: {snapshot.Spans.Count} spans, {TimelineSnapshot.FormatMs(snapshot.Length)} ms"))));
        layout.SetProperty("barmode", "overlay");
        layout.SetProperty("hovermode", "closest");
        layout.SetProperty("height", barsHeight + gaugeHeight + 140);
        layout.SetProperty("margin", Object(("l", 160), ("r", 20), ("t", 60), ("b", 50)));
        layout.SetProperty("legend", Object(("orientation", "h"), ("y", -0.12)));
        var lanesFrom = gauges ? (gaugeHeight + 40.0) / (barsHeight + gaugeHeight + 40.0) : 0;
        var xaxis = new LinearAxis();
        xaxis.SetProperty("title", Object(("text", "ms")));
        xaxis.SetProperty("anchor", gauges ? "y2" : "y");
        xaxis.SetProperty("range", new[] { 0, Round(TimelineSnapshot.Ms(snapshot.Length)) });
        xaxis.SetProperty("zeroline", false);
        layout.SetProperty("xaxis", xaxis);
        var yaxis = new LinearAxis();
        yaxis.SetProperty("type", "category");
        yaxis.SetProperty("categoryorder", "array");
        yaxis.SetProperty("categoryarray", snapshot.Lanes.ToArray());
        yaxis.SetProperty("autorange", "reversed");
        yaxis.SetProperty("domain", new[] { Round(lanesFrom), 1.0 });
        layout.SetProperty("yaxis", yaxis);
        if (gauges)
        {
            var yaxis2 = new LinearAxis();
            yaxis2.SetProperty("title", Object(("text", "thread pool")));
            yaxis2.SetProperty("rangemode", "tozero");
            yaxis2.SetProperty("domain", new[] { 0.0, Round(gaugeHeight / (barsHeight + gaugeHeight + 40.0)) });
            yaxis2.SetProperty("anchor", "x");
            layout.SetProperty("yaxis2", yaxis2);
        }

        layout.SetProperty("shapes", snapshot.Marks.Select(m => MarkLine(m, lanesFrom)).ToArray());
        layout.SetProperty("annotations", snapshot.Marks.Select(MarkLabel).ToArray());
        return layout;
    }

    private static Shape MarkLine(TimelineMark mark, double from)
    {
        var shape = new Shape();
        var x = Round(TimelineSnapshot.Ms(mark.At));
        shape.SetProperty("type", "line");
        shape.SetProperty("xref", "x");
        shape.SetProperty("yref", "paper");
        shape.SetProperty("x0", x);
        shape.SetProperty("x1", x);
        shape.SetProperty("y0", Round(from));
        shape.SetProperty("y1", 1);
        shape.SetProperty("line", Object(("color", "#555"), ("width", 1), ("dash", "dot")));
        return shape;
    }

    private static Annotation MarkLabel(TimelineMark mark)
    {
        var label = new Annotation();
        label.SetProperty("x", Round(TimelineSnapshot.Ms(mark.At)));
        label.SetProperty("xref", "x");
        label.SetProperty("y", 1);
        label.SetProperty("yref", "paper");
        label.SetProperty("yanchor", "bottom");
        label.SetProperty("showarrow", false);
        label.SetProperty("text", WebUtility.HtmlEncode(mark.Label));
        label.SetProperty("hovertext", WebUtility.HtmlEncode(string.Create(CultureInfo.InvariantCulture, $"{mark.Label} @ {TimelineSnapshot.FormatMs(mark.At)} ms, thread {mark.ThreadId}")));
        return label;
    }

    private static string Hover(TimelineSnapshot snapshot, TimelineSpan span)
    {
        var end = span.End is { } e ? TimelineSnapshot.FormatMs(e) : "running";
        return string.Create(CultureInfo.InvariantCulture, $"<b>{WebUtility.HtmlEncode(span.Name)}</b><br>{WebUtility.HtmlEncode(span.Lane)}: {TimelineSnapshot.FormatMs(span.Start)} → {end} ms<br>duration {TimelineSnapshot.FormatMs(span.Duration(snapshot.Elapsed))} ms<br>threads {TimelineSnapshot.Threads(span)}<br>{WebUtility.HtmlEncode(TimelineSnapshot.OutcomeText(span))}");
    }

    private static DynamicObj.DynamicObj Object(params (string Key, object Value)[] properties)
    {
        var value = new DynamicObj.DynamicObj();
        foreach (var (key, v) in properties)
        {
            value.SetProperty(key, v);
        }

        return value;
    }

    private static double Round(double value) => Math.Round(value, 3);
}
