namespace Notebooks.Cli.Reporting;

/// <summary>The summary table as plain aligned columns: no colour, no box drawing, one line per notebook.</summary>
internal static class PlainSummaryTable
{
    /// <summary>The longest error text shown; longer ones end in <c>...</c>.</summary>
    public const int ErrorWidth = 120;

    /// <summary>Writes a heading, a rule and a line per row to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<SummaryRow> rows)
    {
        var lines = rows.Select(r => r.Cells.Select(c => Shorten(c, ErrorWidth)).ToList()).ToList();
        var widths = SummaryRow.Headings
            .Select((heading, i) => lines.Select(l => l[i].Length).Append(heading.Length).Max())
            .ToList();
        output.WriteLine(Line(SummaryRow.Headings, widths));
        output.WriteLine(Line(widths.Select(w => new string('-', w)).ToList(), widths));
        foreach (var line in lines)
        {
            output.WriteLine(Line(line, widths));
        }
    }

    private static string Line(IReadOnlyList<string> cells, List<int> widths) =>
        string.Join("  ", cells.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd();

    /// <summary><paramref name="text"/>, or its start and <c>...</c> when it is longer than <paramref name="width"/>.</summary>
    public static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 3)] + "...";
}
