using System.Globalization;
using System.Text;

namespace Notebooks.Cli.Site;

/// <summary>The table of contents: each notebook's title, result, duration, cells passed and a link to its page.</summary>
internal static class IndexPage
{
    /// <summary>The index's HTML for the pages in order, with the title and file name each was given.</summary>
    public static string Render(IReadOnlyList<(SitePage Page, string Title, string? FileName)> entries)
    {
        var ran = entries.Where(e => e.Page.Ran).ToList();
        var passed = ran.Count(e => e.Page.Result!.Passed);
        var html = new StringBuilder(PageLayout.Start("Notebooks", plotly: false));
        html.Append("<h1>Notebooks</h1>\n")
            .Append(string.Create(CultureInfo.InvariantCulture, $"<p class=\"totals\">{entries.Count} notebooks: {passed} passed, {ran.Count - passed} failed, {entries.Count - ran.Count} not run</p>\n"))
            .Append(string.Concat(ran.Select(e => e.Page.Result!.Engine).OfType<string>().Distinct(StringComparer.Ordinal).Select(engine => $"<p class=\"engine\">Engine: {Html.Escape(engine)}</p>\n")))
            .Append("<table class=\"toc\">\n<thead><tr><th>Notebook</th><th>File</th><th>Result</th><th>Duration</th><th>Cells passed</th></tr></thead>\n<tbody>\n");
        foreach (var (page, title, fileName) in entries)
        {
            var file = Html.Escape(Path.GetFileName(page.SourcePath));
            if (page is { Result: { } result } && fileName is not null)
            {
                var verdict = result.Passed ? "PASS" : "FAIL";
                html.Append($"<tr class=\"{verdict.ToLowerInvariant()}\"><td><a href=\"{Html.Escape(Uri.EscapeDataString(fileName))}\">{Html.Escape(title)}</a></td><td>{file}</td>")
                    .Append($"<td class=\"verdict\">{verdict}</td><td>{SiteText.Duration(result.Duration)}</td><td>{SiteText.CellsPassed(result)}</td></tr>\n");
            }
            else
            {
                html.Append($"<tr class=\"not-run\"><td>{Html.Escape(title)}</td><td>{file}</td>")
                    .Append($"<td class=\"verdict\" title=\"{Html.Escape(page.Problem ?? "")}\">NOT RUN</td><td colspan=\"2\">{Html.Escape(page.Problem ?? "")}</td></tr>\n");
            }
        }

        return html.Append("</tbody>\n</table>\n").Append(PageLayout.End).ToString();
    }
}
