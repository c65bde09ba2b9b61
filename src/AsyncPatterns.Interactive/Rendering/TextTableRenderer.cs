using System.Globalization;
using System.Text;

namespace AsyncPatterns.Interactive.Rendering;

/// <summary>Writes a timeline as a fixed-width text table, one row per span, then its marks and a summary of the samples.</summary>
internal static class TextTableRenderer
{
    private const int MaxTextWidth = 40;
    private static readonly string[] Headers = ["lane", "name", "start ms", "end ms", "duration ms", "threads", "outcome"];
    private static readonly bool[] RightAligned = [false, false, true, true, true, false, false];

    public static string Render(TimelineSnapshot snapshot)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Timeline: {snapshot.Spans.Count} spans, {snapshot.Lanes.Count} lanes, {TimelineSnapshot.FormatMs(snapshot.Elapsed)} ms").Append('\n');
        if (snapshot.Spans.Count > 0)
        {
            WriteTable(text, snapshot);
        }

        if (snapshot.Marks.Count > 0)
        {
            text.Append("marks: ")
                .AppendJoin(", ", snapshot.Marks.Select(m => $"{Clip(m.Label)} @ {TimelineSnapshot.FormatMs(m.At)} ms"))
                .Append('\n');
        }

        if (snapshot.Samples.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"samples: {snapshot.Samples.Count}, max threads {snapshot.Samples.Max(s => s.ThreadCount)}, max queue {snapshot.Samples.Max(s => s.PendingWorkItems)}, max in flight {snapshot.Samples.Max(s => s.InFlight)}")
                .Append('\n');
        }

        return text.ToString();
    }

    private static void WriteTable(StringBuilder text, TimelineSnapshot snapshot)
    {
        var rows = new List<string[]>(snapshot.Spans.Count);
        foreach (var span in snapshot.Spans)
        {
            rows.Add(
            [
                Clip(span.Lane),
                Clip(span.Name),
                TimelineSnapshot.FormatMs(span.Start),
                span.End is { } end ? TimelineSnapshot.FormatMs(end) : "-",
                TimelineSnapshot.FormatMs(span.Duration(snapshot.Elapsed)),
                TimelineSnapshot.Threads(span),
                TimelineSnapshot.OutcomeText(span),
            ]);
        }

        var widths = Headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        WriteRow(text, Headers, widths);
        WriteRow(text, [.. widths.Select(w => new string('-', w))], widths);
        foreach (var row in rows)
        {
            WriteRow(text, row, widths);
        }
    }

    private static void WriteRow(StringBuilder text, string[] cells, int[] widths)
    {
        var start = text.Length;
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append("  ");
            }

            var padding = new string(' ', widths[i] - cells[i].Length);
            text.Append(RightAligned[i] ? padding + cells[i] : cells[i] + padding);
        }

        while (text.Length > start && text[^1] == ' ')
        {
            text.Length--;
        }

        text.Append('\n');
    }

    /// <summary>One line, at most <see cref="MaxTextWidth"/> characters, so a long name does not stretch every row.</summary>
    private static string Clip(string value)
    {
        var line = value.ReplaceLineEndings(" ").Replace('\t', ' ');
        return line.Length <= MaxTextWidth ? line : string.Concat(line.AsSpan(0, MaxTextWidth - 1), "…");
    }
}
