using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Tests.Support;

/// <summary>Small notebooks built in code: a Markdown title (id m0), then code cells c1, c2, ...</summary>
internal static class TestNotebooks
{
    public static Notebook WithCode(params string[] code)
    {
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellKind.Markdown, "# Title", "m0"));
        for (var i = 0; i < code.Length; i++)
        {
            notebook.Cells.Add(new NotebookCell(CellKind.Code, code[i], $"c{i + 1}"));
        }

        return notebook;
    }
}
