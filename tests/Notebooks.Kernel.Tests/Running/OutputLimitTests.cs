using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Running;

/// <summary>Huge outputs: printed in linear time, kept within the reader's limits, and the executed notebook reads back.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class OutputLimitTests : IDisposable
{
    // Generous: the loops below take a second or two. Printing was quadratic: 200,000 lines had not been taken in after 20 minutes.
    private const int Minutes = 60_000;
    private static readonly RunOptions Options = new() { CellTimeout = TimeSpan.FromSeconds(90), CancellationGrace = TimeSpan.FromSeconds(1) };
    private readonly string directory = Directory.CreateTempSubdirectory("output-limits-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact(Timeout = 5 * Minutes)]
    public async Task RunAsync_PrintingManyLines_KeepsEveryLine()
    {
        var notebook = TestNotebooks.WithCode("var line = new string('x', 99);\nfor (var i = 0; i < 50_000; i++) Console.WriteLine(line);");

        var result = await Run(notebook);

        Assert.Equal(CellResultKind.Passed, result.Cells[0].Kind);
        var text = Assert.Single(notebook.Cells[1].Outputs)["text"]!.GetValue<string>();
        Assert.Equal(50_000 * 100, text.Length);
        Assert.Equal(string.Concat(Enumerable.Repeat(new string('x', 99) + "\n", 50_000)), text);
    }

    [Fact(Timeout = 5 * Minutes)]
    public async Task RunAsync_PrintingPastTheCellLimit_KeepsTheStartAndNotesTheRest()
    {
        var notebook = TestNotebooks.WithCode("var line = new string('x', 99);\nfor (var i = 0; i < 200_000; i++) Console.WriteLine(line);\nConsole.Error.WriteLine(\"after\");");

        var result = await Run(notebook);

        Assert.Equal(CellResultKind.Passed, result.Cells[0].Kind);
        var text = Assert.Single(notebook.Cells[1].Outputs)["text"]!.GetValue<string>();
        var stream = new System.Text.Json.Nodes.JsonObject { ["name"] = "stdout", ["output_type"] = "stream", ["text"] = "" };
        var kept = NotebookLimits.MaxCellChars - OutputBuilder.ReservedChars - notebook.Cells[1].Source.Length - OutputReader.Size(stream);
        var note = text[(kept + 1)..];
        Assert.Equal(string.Concat(Enumerable.Repeat(new string('x', 99) + "\n", (kept / 100) + 1))[..kept], text[..kept]);
        Assert.StartsWith($"[output truncated: {(200_000 * 100) - kept + "after\n".Length} more characters not kept;", note, StringComparison.Ordinal);
        Assert.EndsWith("more characters not kept; a cell keeps its outputs within the 16 MB a notebook reader accepts]\n", note, StringComparison.Ordinal);
        Assert.InRange(NotebookLimits.CellSize(notebook.Cells[1]), NotebookLimits.MaxCellChars - (2 * OutputBuilder.ReservedChars), NotebookLimits.MaxCellChars);
        Assert.Equal(text, WrittenAndRead(notebook).Cells[1].Outputs.Single()["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_DisplayOverTheCellLimit_WritesANotebookTheReaderAccepts()
    {
        var notebook = TestNotebooks.WithCode("display(new string('y', 20_000_000));");

        var result = await Run(notebook);

        Assert.Equal(CellResultKind.Passed, result.Cells[0].Kind);
        var plain = WrittenAndRead(notebook).Cells[1].Outputs.Single()["data"]!["text/plain"]!.GetValue<string>();
        Assert.StartsWith("yyyy", plain, StringComparison.Ordinal);
        Assert.EndsWith("more characters not kept; a cell keeps its outputs within the 16 MB a notebook reader accepts]\n", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HugeExceptionMessage_WritesANotebookTheReaderAccepts()
    {
        var notebook = TestNotebooks.WithCode("throw new Exception(new string('z', 20_000_000));");

        var result = await Run(notebook);

        Assert.Equal(CellResultKind.Failed, result.Cells[0].Kind);
        var error = WrittenAndRead(notebook).Cells[1].Outputs.Single();
        Assert.EndsWith("more characters)", error["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static Task<NotebookResult> Run(Notebook notebook) =>
        new NotebookRunner(Options).RunAsync(notebook, Path.Combine(Path.GetTempPath(), "limits.ipynb"));

    private Notebook WrittenAndRead(Notebook notebook)
    {
        var path = Path.Combine(directory, "executed.ipynb");
        NotebookFile.WriteAtomically(notebook, path);
        return NotebookFile.Read(path);
    }
}
