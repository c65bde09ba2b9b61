using System.Globalization;
using System.Text;

namespace AsyncPatterns.Interactive.Measuring.Rendering;

/// <summary>Renders a <see cref="Comparison"/> as an HTML table followed by its SVG bar chart; well-formed XML, no script.</summary>
internal static class ComparisonHtmlRenderer
{
    private const string Cell = "padding:2px 10px;text-align:right;font-variant-numeric:tabular-nums";
    private const string NameCell = "padding:2px 10px;text-align:left";

    /// <summary>The HTML fragment: one <c>div</c> holding the table and the chart.</summary>
    public static string Render(Comparison comparison)
    {
        var html = new StringBuilder();
        html.Append("""<div class="async-patterns-comparison">""");
        html.Append("""<table style="border-collapse:collapse;margin-bottom:8px"><thead><tr>""");
        html.Append($"""<th style="{NameCell}">variant</th>""");
        foreach (var heading in new[] { "median", "min", "max", "runs", "× fastest" })
        {
            html.Append($"""<th style="{Cell}">{Markup.Escape(heading)}</th>""");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in comparison.Rows)
        {
            var weight = ReferenceEquals(row, comparison.Fastest) ? "font-weight:bold;" : "";
            html.Append($"""<tr style="{weight}border-top:1px solid #ddd"><td style="{NameCell}">{Markup.Escape(row.Name)}</td>""");
            foreach (var value in new[] { DurationText.Format(row.Median), DurationText.Format(row.Min), DurationText.Format(row.Max), row.Runs.ToString(CultureInfo.InvariantCulture), DurationText.Ratio(row.RatioToFastest) })
            {
                html.Append($"""<td style="{Cell}">{Markup.Escape(value)}</td>""");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        html.Append(ComparisonSvgRenderer.Render(comparison));
        return html.Append("</div>").ToString();
    }
}
