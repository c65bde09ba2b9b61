using System.Text.Json.Nodes;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Running;

[Collection(ProcessStateCollection.Name)]
public sealed class NotebookRunnerTests
{
    private static readonly RunOptions Options = new() { CancellationGrace = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task RunAsync_FailingCell_StopsAndReportsLaterCellsAsNotRun()
    {
        var notebook = Notebook("var a = 1;", "throw new Exception(\"x\");", "a + 1");

        var result = await Run(notebook, Options);

        Assert.Equal([CellResultKind.Passed, CellResultKind.Failed, CellResultKind.NotRun], result.Cells.Select(c => c.Kind));
        Assert.Equal("not run because cell 3 [c2] failed", result.Cells[2].Reason);
        Assert.Empty(notebook.Cells[3].Outputs);
        Assert.Null(notebook.Cells[3].ExecutionCount);
        Assert.False(result.Passed);
    }

    [Fact]
    public async Task RunAsync_ContinueOnError_RunsOnButStillFails()
    {
        var notebook = Notebook("var a = 1;", "throw new Exception(\"x\");", "a + 1");

        var result = await Run(notebook, Options with { ContinueOnError = true });

        Assert.Equal(CellResultKind.Passed, result.Cells[2].Kind);
        Assert.Equal("2", notebook.Cells[3].Outputs.Single()["data"]!["text/plain"]!.GetValue<string>());
        Assert.False(result.Passed);
    }

    [Fact]
    public async Task RunAsync_RaisesExceptionTag_PassesWhenTheCellThrows_AndFailsWhenItDoesNot()
    {
        var notebook = Notebook("throw new InvalidOperationException(\"expected\");", "1 + 1");
        Tag(notebook.Cells[1], NotebookRunner.RaisesExceptionTag);
        Tag(notebook.Cells[2], NotebookRunner.RaisesExceptionTag);

        var result = await Run(notebook, Options);

        Assert.Equal(CellResultKind.Passed, result.Cells[0].Kind);
        Assert.Equal("InvalidOperationException", notebook.Cells[1].Outputs.Single()["ename"]!.GetValue<string>());
        Assert.Equal(CellResultKind.Failed, result.Cells[1].Kind);
        Assert.Equal("MissingExpectedException", result.Cells[1].Error!.Name);
    }

    [Fact]
    public async Task RunAsync_RaisesExceptionTag_DoesNotExcuseACompileError()
    {
        var notebook = Notebook("var x = ;");
        Tag(notebook.Cells[1], NotebookRunner.RaisesExceptionTag);

        var result = await Run(notebook, Options);

        Assert.Equal(CellResultKind.Failed, result.Cells[0].Kind);
    }

    [Fact]
    public async Task RunAsync_SkipExecutionTag_LeavesTheCellUnrun()
    {
        var notebook = Notebook("Console.WriteLine(\"skipped\");", "1");
        Tag(notebook.Cells[1], NotebookRunner.SkipExecutionTag);

        var result = await Run(notebook, Options);

        Assert.Equal([CellResultKind.Skipped, CellResultKind.Passed], result.Cells.Select(c => c.Kind));
        Assert.Empty(notebook.Cells[1].Outputs);
        Assert.Equal(1, notebook.Cells[2].ExecutionCount);
    }

    [Fact]
    public async Task RunAsync_CellOfAnotherKernel_FailsNamingTheKernel()
    {
        var notebook = Notebook("1");
        notebook.Cells[1].Metadata = CellMetadata.ForKernel("fsharp");

        var result = await Run(notebook, Options);

        Assert.Equal(CellResultKind.Failed, result.Cells[0].Kind);
        Assert.Contains("fsharp", result.Cells[0].Error!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CellTimeoutInMetadata_OverridesTheDefault()
    {
        var notebook = Notebook("await Task.Delay(System.Threading.Timeout.Infinite, CellCancellationToken);");
        notebook.Cells[1].Metadata["timeout"] = 0.2;

        var result = await Run(notebook, Options);

        Assert.Equal(CellResultKind.TimedOut, result.Cells[0].Kind);
        Assert.Contains("0.2 s", result.Cells[0].Error!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StaleOutputs_AreReplaced_AndStreamsMerged()
    {
        var notebook = Notebook("Console.Write(\"a\");\nConsole.Write(\"b\");\nConsole.WriteLine(\"c\");");
        notebook.Cells[1].Outputs.Add(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "old" });

        await Run(notebook, Options);

        var output = Assert.Single(notebook.Cells[1].Outputs);
        Assert.Equal("abc\n", output["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_FormatterThatThrows_AddsAnErrorOutputAfterTheValue_AndTheCellPasses()
    {
        var notebook = Notebook("""
            public class TypeFormatterSourceAttribute(Type t) : Attribute { public Type FormatterSourceType => t; }
            public class Broken { public string MimeType => "text/html"; public bool Format(object o, System.IO.TextWriter w) => throw new InvalidOperationException("no html today"); }
            public class Source { public System.Collections.IEnumerable CreateTypeFormatters() => new[] { new Broken() }; }
            [TypeFormatterSource(typeof(Source))] public record Thing(int N);
            new Thing(1)
            """);

        var result = await Run(notebook, Options);

        Assert.Equal(CellResultKind.Passed, result.Cells[0].Kind);
        var outputs = notebook.Cells[1].Outputs;
        Assert.Equal(["execute_result", "error"], outputs.Select(o => o["output_type"]!.GetValue<string>()));
        Assert.Equal("FormatterError", outputs[1]["ename"]!.GetValue<string>());
        Assert.Contains("no html today", outputs[1]["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AfterEachCell_CallsBackWithTheNotebookSoFar()
    {
        var notebook = Notebook("1", "2");
        var seen = new List<int>();

        await new NotebookRunner(Options).RunAsync(notebook, Path.Combine(Path.GetTempPath(), "x.ipynb"), nb =>
        {
            seen.Add(nb.Cells.Count(c => c.Outputs.Count > 0));
            return Task.CompletedTask;
        });

        Assert.Equal([1, 2], seen);
    }

    private static Task<NotebookResult> Run(Notebook notebook, RunOptions options) =>
        new NotebookRunner(options).RunAsync(notebook, Path.Combine(Path.GetTempPath(), "test.ipynb"));

    private static Notebook Notebook(params string[] code) => TestNotebooks.WithCode(code);

    private static void Tag(NotebookCell cell, string tag) => cell.Metadata["tags"] = new JsonArray(tag);
}
