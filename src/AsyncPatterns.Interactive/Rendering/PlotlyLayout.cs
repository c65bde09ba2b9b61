using System.Globalization;
using System.Text.Json;
using AsyncPatterns.Interactive.Measuring.Rendering;
using AsyncPatterns.Interactive.Timelines;

namespace AsyncPatterns.Interactive.Rendering;

/// <summary>Writes the plotly.js layout of a timeline: lanes as categories, marks as dotted lines with labels, the gauge axis under the bars.</summary>
internal static class PlotlyLayout
{
    /// <summary>Writes the layout object at the writer's position.</summary>
    public static void Write(Utf8JsonWriter json, TimelineSnapshot snapshot, bool gauges)
    {
        var barsHeight = Math.Min(40 + (snapshot.Lanes.Count * 26), 2400);
        var gaugeHeight = gauges ? 170 : 0;
        var lanesFrom = gauges ? (gaugeHeight + 40.0) / (barsHeight + gaugeHeight + 40.0) : 0;
        json.WriteStartObject();
        Titled(json, "title", string.Create(CultureInfo.InvariantCulture, $"Timeline: {snapshot.Spans.Count} spans, {TimelineSnapshot.FormatMs(snapshot.Length)} ms"));
        json.WriteString("barmode", "overlay");
        json.WriteString("hovermode", "closest");
        json.WriteNumber("height", barsHeight + gaugeHeight + 140);
        json.WriteStartObject("margin");
        json.WriteNumber("l", 160);
        json.WriteNumber("r", 20);
        json.WriteNumber("t", 60);
        json.WriteNumber("b", 50);
        json.WriteEndObject();
        json.WriteStartObject("legend");
        json.WriteString("orientation", "h");
        json.WriteNumber("y", -0.12);
        json.WriteEndObject();

        json.WriteStartObject("xaxis");
        Titled(json, "title", "ms");
        json.WriteString("anchor", gauges ? "y2" : "y");
        PlotlyFigure.WriteNumbers(json, "range", [0, PlotlyFigure.Round(TimelineSnapshot.Ms(snapshot.Length))]);
        json.WriteBoolean("zeroline", false);
        json.WriteEndObject();

        json.WriteStartObject("yaxis");
        json.WriteString("type", "category");
        json.WriteString("categoryorder", "array");
        PlotlyFigure.WriteStrings(json, "categoryarray", snapshot.Lanes);
        json.WriteString("autorange", "reversed");
        PlotlyFigure.WriteNumbers(json, "domain", [PlotlyFigure.Round(lanesFrom), 1.0]);
        json.WriteEndObject();

        if (gauges)
        {
            json.WriteStartObject("yaxis2");
            Titled(json, "title", "thread pool");
            json.WriteString("rangemode", "tozero");
            PlotlyFigure.WriteNumbers(json, "domain", [0.0, PlotlyFigure.Round(gaugeHeight / (barsHeight + gaugeHeight + 40.0))]);
            json.WriteString("anchor", "x");
            json.WriteEndObject();
        }

        json.WriteStartArray("shapes");
        foreach (var mark in snapshot.Marks)
        {
            WriteMarkLine(json, mark, lanesFrom);
        }

        json.WriteEndArray();
        json.WriteStartArray("annotations");
        foreach (var mark in snapshot.Marks)
        {
            WriteMarkLabel(json, mark);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes <c>"name": {"text": text}</c>.</summary>
    private static void Titled(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WriteMarkLine(Utf8JsonWriter json, TimelineMark mark, double from)
    {
        var x = PlotlyFigure.Round(TimelineSnapshot.Ms(mark.At));
        json.WriteStartObject();
        json.WriteString("type", "line");
        json.WriteString("xref", "x");
        json.WriteString("yref", "paper");
        json.WriteNumber("x0", x);
        json.WriteNumber("x1", x);
        json.WriteNumber("y0", PlotlyFigure.Round(from));
        json.WriteNumber("y1", 1);
        json.WriteStartObject("line");
        json.WriteString("color", "#555");
        json.WriteNumber("width", 1);
        json.WriteString("dash", "dot");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMarkLabel(Utf8JsonWriter json, TimelineMark mark)
    {
        json.WriteStartObject();
        json.WriteNumber("x", PlotlyFigure.Round(TimelineSnapshot.Ms(mark.At)));
        json.WriteString("xref", "x");
        json.WriteNumber("y", 1);
        json.WriteString("yref", "paper");
        json.WriteString("yanchor", "bottom");
        json.WriteBoolean("showarrow", false);
        json.WriteString("text", Markup.Escape(mark.Label));
        json.WriteString("hovertext", Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{mark.Label} @ {TimelineSnapshot.FormatMs(mark.At)} ms, thread {mark.ThreadId}")));
        json.WriteEndObject();
    }
}
