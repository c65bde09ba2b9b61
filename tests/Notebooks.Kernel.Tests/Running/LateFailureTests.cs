using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Running;

/// <summary>Exceptions from tasks a cell started but nothing awaited: reported against that cell, never lost.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class LateFailureTests
{
    /// <summary>Starts a task that fails, waits until it has failed without observing it, and drops it.</summary>
    private const string FireAndForget = """
        static void StartAndForget()
        {
            var task = Task.Run(() => throw new InvalidOperationException("lost in the background"));
            System.Threading.SpinWait.SpinUntil(() => task.IsCompleted);
        }
        StartAndForget();
        """;

    [Fact]
    public async Task RunAsync_UnobservedTaskFails_FailsTheCellThatStartedIt()
    {
        var notebook = Notebook("var a = 1;", FireAndForget, "await Task.Delay(50);");

        var result = await Run(notebook);

        Assert.False(result.Passed);
        var late = result.Cells[1];
        Assert.Equal(CellResultKind.Failed, late.Kind);
        Assert.Equal("LateFailure", late.Error!.Name);
        Assert.Contains("InvalidOperationException: lost in the background", late.Error.Value, StringComparison.Ordinal);
        Assert.Equal(CellResultKind.Passed, result.Cells[0].Kind);
    }

    [Fact]
    public async Task RunAsync_UnobservedTaskFails_WritesAnErrorOutputIntoTheCell()
    {
        var notebook = Notebook(FireAndForget);

        await Run(notebook);

        var error = notebook.Cells[1].Outputs.Single(o => o["output_type"]!.GetValue<string>() == "error");
        Assert.Equal("LateFailure", error["ename"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_UnobservedTaskFails_TellsTheObserver()
    {
        var notebook = Notebook(FireAndForget);
        var observer = new RecordingObserver();

        await new NotebookRunner(new RunOptions()).RunAsync(notebook, Path.Combine(Path.GetTempPath(), "late.ipynb"), observer);

        Assert.Equal(["start cell 2 [c1]", "end cell 2 [c1] Passed", "late cell 2 [c1] Failed"], observer.Events);
    }

    [Fact]
    public async Task RunAsync_AwaitedTaskFails_IsAnOrdinaryFailureNotALateOne()
    {
        var notebook = Notebook("await Task.Run(() => throw new InvalidOperationException(\"seen\"));");

        var result = await Run(notebook);

        Assert.Equal("InvalidOperationException", result.Cells[0].Error!.Name);
        Assert.Single(notebook.Cells[1].Outputs);
    }

    private static Task<NotebookResult> Run(Notebook notebook) =>
        new NotebookRunner(new RunOptions()).RunAsync(notebook, Path.Combine(Path.GetTempPath(), "late.ipynb"));

    private static Notebook Notebook(params string[] code) => TestNotebooks.WithCode(code);

    private sealed class RecordingObserver : INotebookObserver
    {
        public List<string> Events { get; } = [];

        public Task CellStartingAsync(CellStart start)
        {
            Events.Add($"start {start.Label}");
            return Task.CompletedTask;
        }

        public Task CellFinishedAsync(Notebook notebook, CellResult result)
        {
            Events.Add($"end {result.Label} {result.Kind}");
            return Task.CompletedTask;
        }

        public Task CellFailedLateAsync(Notebook notebook, CellResult result)
        {
            Events.Add($"late {result.Label} {result.Kind}");
            return Task.CompletedTask;
        }
    }
}
