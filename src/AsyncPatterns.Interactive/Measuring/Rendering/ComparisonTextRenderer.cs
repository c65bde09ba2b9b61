using System.Globalization;
using System.Text;

namespace AsyncPatterns.Interactive.Measuring.Rendering;

/// <summary>Renders a <see cref="Comparison"/> as a fixed-width text table: names left-aligned, numbers right-aligned.</summary>
internal static class ComparisonTextRenderer
{
    private static readonly string[] Header = ["variant", "median", "min", "max", "runs", "ratio"];

    /// <summary>The table, one line per variant, the fastest marked.</summary>
    public static string Render(Comparison comparison)
    {
        var lines = new List<string[]> { Header };
        lines.AddRange(comparison.Rows.Select(row => new[]
        {
            row.Name,
            DurationText.Format(row.Median),
            DurationText.Format(row.Min),
            DurationText.Format(row.Max),
            row.Runs.ToString(CultureInfo.InvariantCulture),
            DurationText.Ratio(row.RatioToFastest),
        }));
        var widths = Enumerable.Range(0, Header.Length).Select(column => lines.Max(cells => cells[column].Length)).ToArray();

        var text = new StringBuilder();
        for (var line = 0; line < lines.Count; line++)
        {
            var cells = lines[line].Select((cell, column) => column == 0 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]));
            var fastest = line > 0 && ReferenceEquals(comparison.Rows[line - 1], comparison.Fastest);
            text.Append(string.Join("  ", cells)).Append(fastest ? "  fastest" : "").Append('\n');
            if (line == 0)
            {
                text.Append(string.Join("  ", widths.Select(width => new string('-', width)))).Append('\n');
            }
        }

        return text.ToString();
    }
}
