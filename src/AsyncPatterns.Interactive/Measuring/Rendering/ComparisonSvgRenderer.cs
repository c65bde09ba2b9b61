using System.Text;

namespace AsyncPatterns.Interactive.Measuring.Rendering;

/// <summary>Renders a <see cref="Comparison"/> as a horizontal bar chart: one bar per median, a whisker from min to max.</summary>
internal static class ComparisonSvgRenderer
{
    private const double Width = 640;
    private const double RowHeight = 28;
    private const double BarHeight = 16;
    private const double Top = 28;
    private const double ValueWidth = 140;
    private const string BarColour = "#4a78b4";
    private const string FastestColour = "#2e7d32";

    /// <summary>The chart as a standalone SVG document element.</summary>
    public static string Render(Comparison comparison)
    {
        var rows = comparison.Rows;
        var labelWidth = Math.Clamp((rows.Max(row => row.Name.Length) * 7) + 16, 80, 240);
        var barWidth = Width - labelWidth - ValueWidth;
        var longest = rows.Max(row => row.Max);
        var scale = longest > TimeSpan.Zero ? barWidth / longest.TotalMilliseconds : 0;
        var height = Top + (rows.Count * RowHeight) + 8;

        var svg = new StringBuilder();
        svg.Append($"""<svg xmlns="http://www.w3.org/2000/svg" width="{Markup.Number(Width)}" height="{Markup.Number(height)}" viewBox="0 0 {Markup.Number(Width)} {Markup.Number(height)}" font-family="sans-serif" font-size="12">""");
        svg.Append($"""<text x="{Markup.Number(labelWidth)}" y="16" fill="#555">median per variant, whiskers min to max ({Markup.Escape(RunsText(rows))})</text>""");
        for (var i = 0; i < rows.Count; i++)
        {
            AppendRow(svg, rows[i], ReferenceEquals(rows[i], comparison.Fastest), Top + (i * RowHeight), labelWidth, scale);
        }

        return svg.Append("</svg>").ToString();
    }

    private static void AppendRow(StringBuilder svg, ComparisonRow row, bool fastest, double y, double labelWidth, double scale)
    {
        var middle = y + (BarHeight / 2);
        var name = Markup.Escape(row.Name);
        var tip = Markup.Escape(row.ToString());
        svg.Append($"""<g><title>{tip}</title>""");
        svg.Append($"""<text x="{Markup.Number(labelWidth - 8)}" y="{Markup.Number(middle + 4)}" text-anchor="end">{name}</text>""");
        svg.Append($"""<rect x="{Markup.Number(labelWidth)}" y="{Markup.Number(y)}" width="{Markup.Number(row.Median.TotalMilliseconds * scale)}" height="{Markup.Number(BarHeight)}" fill="{(fastest ? FastestColour : BarColour)}"/>""");
        if (row.Runs > 1)
        {
            var min = labelWidth + (row.Min.TotalMilliseconds * scale);
            var max = labelWidth + (row.Max.TotalMilliseconds * scale);
            svg.Append($"""<path d="M{Markup.Number(min)} {Markup.Number(middle)}H{Markup.Number(max)}M{Markup.Number(min)} {Markup.Number(y + 3)}V{Markup.Number(y + BarHeight - 3)}M{Markup.Number(max)} {Markup.Number(y + 3)}V{Markup.Number(y + BarHeight - 3)}" stroke="#222" stroke-width="1.5" fill="none"/>""");
        }

        var value = $"{DurationText.Format(row.Median)} · {DurationText.Ratio(row.RatioToFastest)}";
        svg.Append($"""<text x="{Markup.Number(Width - ValueWidth + 8)}" y="{Markup.Number(middle + 4)}">{Markup.Escape(value)}</text></g>""");
    }

    private static string RunsText(IReadOnlyList<ComparisonRow> rows)
    {
        var runs = rows.Select(row => row.Runs).Distinct().ToArray();
        return runs.Length == 1 ? $"{runs[0]} run{(runs[0] == 1 ? "" : "s")} each" : "runs vary";
    }
}
