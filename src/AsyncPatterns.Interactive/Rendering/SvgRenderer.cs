using System.Globalization;
using System.Text;
using AsyncPatterns.Interactive.Timelines;

namespace AsyncPatterns.Interactive.Rendering;

/// <summary>Draws a timeline as a static SVG: a row per lane, bars coloured by outcome with tooltips, a millisecond axis, marks, and the thread-pool gauges under the bars.</summary>
internal static class SvgRenderer
{
    private const double Width = 1000;
    private const double PlotLeft = 180;
    private const double PlotRight = Width - 24;
    private const double Top = 34;
    private const double RowHeight = 18;
    private const double BarHeight = 12;
    private const double GaugeHeight = 90;
    private const int LabelLength = 28;

    private static readonly (string Name, string Color, Func<PoolSample, double> Value)[] Gauges =
    [
        ("threads", "#9467bd", s => s.ThreadCount),
        ("queue", "#8c564b", s => s.PendingWorkItems),
        ("in flight", "#17becf", s => s.InFlight),
    ];

    public static string Render(TimelineSnapshot snapshot)
    {
        var barsBottom = Top + Math.Max(1, snapshot.Lanes.Count) * RowHeight;
        var axisBottom = barsBottom + 28;
        var gaugeTop = axisBottom + 12;
        var legendY = snapshot.Samples.Count > 0 ? gaugeTop + GaugeHeight + 22 : axisBottom + 14;
        var length = Math.Max(TimelineSnapshot.Ms(snapshot.Length), 1e-3);
        double X(TimeSpan time) => PlotLeft + (TimelineSnapshot.Ms(time) / length * (PlotRight - PlotLeft));

        var output = new StringBuilder(4096 + (snapshot.Spans.Count * 240));
        using var svg = new SvgWriter(output, Width, legendY + 14);
        svg.Rect(0, 0, Width, legendY + 14, "#ffffff");
        svg.Text(8, 16, string.Create(CultureInfo.InvariantCulture, $"Timeline: {snapshot.Spans.Count} spans, {snapshot.Lanes.Count} lanes, {TimelineSnapshot.FormatMs(snapshot.Length)} ms"), fill: "#111");
        for (var lane = 0; lane < snapshot.Lanes.Count; lane++)
        {
            var y = Top + (lane * RowHeight);
            if (lane % 2 == 1)
            {
                svg.Rect(PlotLeft, y, PlotRight - PlotLeft, RowHeight, "#f4f4f4");
            }

            svg.Text(PlotLeft - 6, y + 13, Clip(snapshot.Lanes[lane]), "end", cssClass: "lane");
        }

        WriteAxis(svg, length, Top, barsBottom, X);
        foreach (var span in snapshot.Spans)
        {
            var x = X(span.Start);
            var width = Math.Max(X(snapshot.EndOf(span)) - x, 0.75);
            var y = Top + (snapshot.LaneOf(span) * RowHeight) + ((RowHeight - BarHeight) / 2);
            svg.Rect(x, y, width, BarHeight, TimelineSnapshot.Color(span.Outcome), Tooltip(snapshot, span), "span");
        }

        foreach (var mark in snapshot.Marks)
        {
            var x = X(mark.At);
            var title = string.Create(CultureInfo.InvariantCulture, $"{mark.Label} @ {TimelineSnapshot.FormatMs(mark.At)} ms (thread {mark.ThreadId})");
            svg.Line(x, Top - 6, x, snapshot.Samples.Count > 0 ? gaugeTop + GaugeHeight : barsBottom, "#555", "3,3", title);
            svg.Text(x, Top - 8, Clip(mark.Label), "middle", "#555", "mark");
        }

        if (snapshot.Samples.Count > 0)
        {
            WriteGauges(svg, snapshot.Samples, gaugeTop, X);
        }

        WriteLegend(svg, legendY, snapshot.Samples.Count > 0);
        return svg.Finish();
    }

    private static void WriteAxis(SvgWriter svg, double length, double top, double bottom, Func<TimeSpan, double> x)
    {
        svg.Line(PlotLeft, bottom, PlotRight, bottom, "#333");
        var step = NiceStep(length / 8);
        for (var ms = 0.0; ms <= length + (step / 1000); ms += step)
        {
            var at = x(TimeSpan.FromTicks((long)Math.Round(ms * TimeSpan.TicksPerMillisecond)));
            svg.Line(at, top, at, bottom, "#e2e2e2");
            svg.Line(at, bottom, at, bottom + 4, "#333");
            svg.Text(at, bottom + 15, ms.ToString("0.###", CultureInfo.InvariantCulture), "middle", cssClass: "tick");
        }

        svg.Text(PlotRight, bottom + 27, "ms", "end");
    }

    private static void WriteGauges(SvgWriter svg, IReadOnlyList<PoolSample> samples, double top, Func<TimeSpan, double> x)
    {
        var max = Math.Max(1, samples.Max(s => Gauges.Max(g => g.Value(s))));
        double Y(double value) => top + GaugeHeight - (value / max * GaugeHeight);
        svg.Line(PlotLeft, top + GaugeHeight, PlotRight, top + GaugeHeight, "#333");
        svg.Line(PlotLeft, top, PlotLeft, top + GaugeHeight, "#333");
        svg.Text(PlotLeft - 6, top + 9, max.ToString("0", CultureInfo.InvariantCulture), "end");
        svg.Text(PlotLeft - 6, top + GaugeHeight, "0", "end");
        svg.Text(PlotLeft - 30, top + (GaugeHeight / 2), "thread pool", "end");
        foreach (var (name, color, value) in Gauges)
        {
            var points = new List<(double, double)>(samples.Count * 2);
            for (var i = 0; i < samples.Count; i++)
            {
                var y = Y(value(samples[i]));
                points.Add((x(samples[i].At), y));
                if (i + 1 < samples.Count)
                {
                    points.Add((x(samples[i + 1].At), y));
                }
            }

            var peak = samples.Max(value);
            svg.Polyline(points, color, string.Create(CultureInfo.InvariantCulture, $"{name}: max {peak:0}"));
        }
    }

    private static void WriteLegend(SvgWriter svg, double y, bool gauges)
    {
        var x = PlotLeft;
        foreach (var outcome in new[] { SpanOutcome.RanToCompletion, SpanOutcome.Faulted, SpanOutcome.Canceled, SpanOutcome.Running })
        {
            svg.Rect(x, y - 9, 10, 10, TimelineSnapshot.Color(outcome));
            svg.Text(x + 14, y, outcome.ToString());
            x += 130;
        }

        if (gauges)
        {
            foreach (var (name, color, _) in Gauges)
            {
                svg.Line(x, y - 4, x + 14, y - 4, color);
                svg.Text(x + 18, y, name);
                x += 90;
            }
        }
    }

    private static string Tooltip(TimelineSnapshot snapshot, TimelineSpan span)
    {
        var end = span.End is { } e ? TimelineSnapshot.FormatMs(e) : "running";
        var text = string.Create(CultureInfo.InvariantCulture, $"{span.Name}\n{span.Lane}: {TimelineSnapshot.FormatMs(span.Start)} → {end} ms ({TimelineSnapshot.FormatMs(span.Duration(snapshot.Elapsed))} ms)\nthreads {TimelineSnapshot.Threads(span)}\n{TimelineSnapshot.OutcomeText(span)}");
        return text;
    }

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        return magnitude * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }

    private static string Clip(string text) =>
        text.Length <= LabelLength ? text : string.Concat(text.AsSpan(0, LabelLength - 1), "…");
}
