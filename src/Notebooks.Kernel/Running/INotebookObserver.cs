using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Running;

/// <summary>Follows a notebook run cell by cell: a supervisor's progress and the executed copy written after every cell.</summary>
public interface INotebookObserver
{
    /// <summary>A code cell is about to run.</summary>
    Task CellStartingAsync(CellStart start);

    /// <summary>A code cell ended (or was skipped); <paramref name="notebook"/> holds its outputs.</summary>
    Task CellFinishedAsync(Notebook notebook, CellResult result);

    /// <summary>A cell that had already ended was failed later, by an exception from a task it started.</summary>
    Task CellFailedLateAsync(Notebook notebook, CellResult result);
}
