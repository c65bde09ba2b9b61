using Notebooks.Cli.Site;
using Notebooks.Kernel.Model;

namespace Notebooks.Cli.Tests.Site;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Render_Markdown_ProducesHeadingsEmphasisCodeAndTables()
    {
        var html = MarkdownRenderer.Render("# Title\n\nSome **bold** and `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        Assert.Contains("<h1 id=\"title\">Title</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<code>code</code>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RawHtmlInMarkdown_IsShownAsText()
    {
        var html = MarkdownRenderer.Render("Hi <script>alert(1)</script> there\n\n<iframe src=\"x\"></iframe>\n");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ScriptLink_IsDroppedAndOrdinaryLinksKept()
    {
        var html = MarkdownRenderer.Render("[bad](javascript:alert(1)) [good](https://learn.microsoft.com) [local](02-tasks.html#top)");

        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://learn.microsoft.com\">good</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"02-tasks.html#top\">local</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_FirstMarkdownHeading_IsItsText()
    {
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellKind.Code, "// # not a heading"));
        notebook.Cells.Add(new NotebookCell(CellKind.Markdown, "Intro\n\n## 01 · `async` and *await*\n\n# Later"));

        Assert.Equal("01 · async and await", MarkdownRenderer.Title(notebook));
    }

    [Fact]
    public void Title_NoHeading_IsNull()
    {
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellKind.Markdown, "just prose"));

        Assert.Null(MarkdownRenderer.Title(notebook));
    }
}
