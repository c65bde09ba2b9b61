using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AsyncPatterns.Interactive.Measuring.Rendering;
using AsyncPatterns.Interactive.Timelines;

namespace AsyncPatterns.Interactive.Rendering;

/// <summary>Writes the plotly.js figure of a timeline: horizontal bars per lane (one trace per outcome), thread-pool gauges on a second subplot sharing the millisecond axis.</summary>
internal static class PlotlyFigure
{
    private static readonly SpanOutcome[] Outcomes = [SpanOutcome.RanToCompletion, SpanOutcome.Faulted, SpanOutcome.Canceled, SpanOutcome.Running];

    /// <summary>The figure's JSON, <c>{"data": [...], "layout": {...}, "config": {...}}</c>; the default encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes, so it is safe inside a script element.</summary>
    public static string ToJson(TimelineSnapshot snapshot)
    {
        var buffer = new ArrayBufferWriter<byte>(4096 + (snapshot.Spans.Count * 320));
        using (var json = new Utf8JsonWriter(buffer))
        {
            var gauges = snapshot.Samples.Count > 0;
            json.WriteStartObject();
            json.WriteStartArray("data");
            foreach (var outcome in Outcomes)
            {
                var spans = snapshot.Spans.Where(s => s.Outcome == outcome).ToList();
                if (spans.Count > 0)
                {
                    WriteBars(json, snapshot, outcome, spans);
                }
            }

            if (gauges)
            {
                WriteGauge(json, "thread count", "#9467bd", snapshot.Samples, s => s.ThreadCount);
                WriteGauge(json, "queue length", "#8c564b", snapshot.Samples, s => s.PendingWorkItems);
                WriteGauge(json, "in flight", "#17becf", snapshot.Samples, s => s.InFlight);
            }

            json.WriteEndArray();
            json.WritePropertyName("layout");
            PlotlyLayout.Write(json, snapshot, gauges);
            json.WriteStartObject("config");
            json.WriteBoolean("responsive", true);
            json.WriteBoolean("displaylogo", false);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A number rounded to the microsecond when it is a time in milliseconds.</summary>
    public static double Round(double value) => Math.Round(value, 3);

    /// <summary>Writes <c>"name": [numbers]</c>.</summary>
    public static void WriteNumbers(Utf8JsonWriter json, string name, IEnumerable<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes <c>"name": [strings]</c>.</summary>
    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteBars(Utf8JsonWriter json, TimelineSnapshot snapshot, SpanOutcome outcome, List<TimelineSpan> spans)
    {
        json.WriteStartObject();
        json.WriteString("type", "bar");
        json.WriteString("name", outcome.ToString());
        json.WriteString("orientation", "h");
        WriteStrings(json, "y", spans.Select(s => s.Lane));
        WriteNumbers(json, "base", spans.Select(s => Round(TimelineSnapshot.Ms(s.Start))));
        WriteNumbers(json, "x", spans.Select(s => Round(TimelineSnapshot.Ms(snapshot.EndOf(s) - s.Start))));
        WriteStrings(json, "ids", spans.Select(s => s.Id.ToString(CultureInfo.InvariantCulture)));
        WriteStrings(json, "hovertext", spans.Select(s => Hover(snapshot, s)));
        json.WriteString("hovertemplate", "%{hovertext}<extra></extra>");
        json.WriteStartObject("marker");
        json.WriteString("color", TimelineSnapshot.Color(outcome));
        json.WriteEndObject();
        json.WriteNumber("width", 0.7);
        json.WriteString("xaxis", "x");
        json.WriteString("yaxis", "y");
        json.WriteEndObject();
    }

    private static void WriteGauge(Utf8JsonWriter json, string name, string color, IReadOnlyList<PoolSample> samples, Func<PoolSample, double> value)
    {
        json.WriteStartObject();
        json.WriteString("type", "scatter");
        json.WriteString("name", name);
        json.WriteString("mode", "lines");
        WriteNumbers(json, "x", samples.Select(s => Round(TimelineSnapshot.Ms(s.At))));
        WriteNumbers(json, "y", samples.Select(value));
        json.WriteStartObject("line");
        json.WriteString("color", color);
        json.WriteString("shape", "hv");
        json.WriteEndObject();
        json.WriteString("xaxis", "x");
        json.WriteString("yaxis", "y2");
        json.WriteEndObject();
    }

    private static string Hover(TimelineSnapshot snapshot, TimelineSpan span)
    {
        var end = span.End is { } e ? TimelineSnapshot.FormatMs(e) : "running";
        return string.Create(CultureInfo.InvariantCulture, $"<b>{Markup.Escape(span.Name)}</b><br>{Markup.Escape(span.Lane)}: {TimelineSnapshot.FormatMs(span.Start)} → {end} ms<br>duration {TimelineSnapshot.FormatMs(span.Duration(snapshot.Elapsed))} ms<br>threads {TimelineSnapshot.Threads(span)}<br>{Markup.Escape(TimelineSnapshot.OutcomeText(span))}");
    }
}
