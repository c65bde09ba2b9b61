using System.Text;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Site;

/// <summary>One executed notebook as a page: Markdown cells rendered, code cells highlighted with their result and outputs.</summary>
internal static class NotebookPage
{
    /// <summary>The page's HTML; <paramref name="title"/> is the notebook's title as the index shows it.</summary>
    public static async Task<string> RenderAsync(SitePage page, string title, CSharpHighlighter highlighter, CancellationToken cancellationToken)
    {
        var notebook = page.Notebook!;
        var result = page.Result!;
        var cells = result.Cells.ToDictionary(c => c.Number);
        var html = new StringBuilder(PageLayout.Start(title, plotly: true));
        html.Append("<nav><a href=\"index.html\">All notebooks</a></nav>\n");
        html.Append(Summary(page, result));
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            html.Append(cell.Kind switch
            {
                CellKind.Markdown => $"<section class=\"cell markdown\">\n{MarkdownRenderer.Render(cell.Source)}</section>\n",
                CellKind.Code => await CodeAsync(notebook, cell, i + 1, cells.GetValueOrDefault(i + 1), highlighter, cancellationToken),
                _ => $"<section class=\"cell raw\"><pre>{Html.Escape(cell.Source)}</pre></section>\n",
            });
        }

        return html.Append(PageLayout.End).ToString();
    }

    private static string Summary(SitePage page, NotebookResult result) =>
        $"<header class=\"summary {(result.Passed ? "passed" : "failed")}\"><span class=\"verdict\">{(result.Passed ? "PASS" : "FAIL")}</span> "
        + $"<span class=\"file\">{Html.Escape(Path.GetFileName(page.SourcePath))}</span> "
        + $"<span class=\"duration\">{SiteText.Duration(result.Duration)}</span> "
        + $"<span class=\"cells\">{SiteText.CellsPassed(result)} cells passed</span>"
        + (result.Engine is { } engine ? $" <span class=\"engine\">on {Html.Escape(engine)}</span>" : "")
        + "</header>\n"
        + (page.Problem is { } problem ? $"<p class=\"problem\">No outputs shown: {Html.Escape(problem)}</p>\n" : "");

    /// <summary>A code cell: C# highlighted (a cell of another kernel escaped as it is), its label, result and outputs.</summary>
    private static async Task<string> CodeAsync(Notebook notebook, NotebookCell cell, int number, CellResult? result, CSharpHighlighter highlighter, CancellationToken cancellationToken)
    {
        var kernel = KernelNames.ForCell(cell, notebook.DefaultKernelName);
        var source = kernel == KernelNames.CSharp ? await highlighter.HighlightAsync(cell.Source, cancellationToken) : Html.Escape(cell.Source);
        var kind = result?.Kind ?? CellResultKind.NotRun;
        var label = CellLabel.Of(number, cell.Id);
        var status = SiteText.Of(kind) + (result is { Kind: CellResultKind.Passed } ? $" in {SiteText.Duration(result.Duration)}" : "")
            + (result?.Reason is { } reason ? $": {reason}" : "");
        var html = new StringBuilder();
        html.Append($"<section class=\"cell code {SiteText.CssClass(kind)}\" id=\"cell-{number}\">\n")
            .Append($"<div class=\"cell-label\"><span class=\"label\">{Html.Escape(label)}</span> <span class=\"result\">{Html.Escape(status)}</span></div>\n")
            .Append($"<pre class=\"source\"><code class=\"language-{Html.Escape(kernel)}\">{source}</code></pre>\n");
        if (cell.Outputs.Count > 0)
        {
            html.Append("<div class=\"outputs\">\n");
            foreach (var output in cell.Outputs)
            {
                html.Append(OutputRenderer.Render(output)).Append('\n');
            }

            html.Append("</div>\n");
        }

        return html.Append("</section>\n").ToString();
    }
}
