using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Running;

/// <summary>An observer that only calls back with the notebook after each cell that ran.</summary>
internal sealed class AfterCellObserver(Func<Notebook, Task> afterCell) : INotebookObserver
{
    public Task CellStartingAsync(CellStart start) => Task.CompletedTask;

    public Task CellFinishedAsync(Notebook notebook, CellResult result) =>
        result.Kind is CellResultKind.NotRun or CellResultKind.Skipped ? Task.CompletedTask : afterCell(notebook);

    public Task CellFailedLateAsync(Notebook notebook, CellResult result) => afterCell(notebook);
}
