using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Engines;

/// <summary>What runs a notebook's cells one after another, state carrying from cell to cell: the seam every engine plugs into.</summary>
public interface INotebookEngine : IAsyncDisposable
{
    /// <summary>Runs one cell and yields its outputs as they happen, ending with a <see cref="CellCompletedEvent"/>.</summary>
    IAsyncEnumerable<KernelEvent> ExecuteAsync(CellRequest request, CancellationToken cancellationToken = default);

    /// <summary>Late failures seen since the last call: exceptions of tasks a cell started that nothing awaited.</summary>
    /// <param name="collect">Run the garbage collector first, so failed tasks that are no longer referenced report.</param>
    IReadOnlyList<LateFailure> TakeLateFailures(bool collect = false);

    /// <summary>The number of the cell whose code is in <paramref name="exception"/>'s frames, or null: blames a crash on its cell.</summary>
    int? CellOf(Exception exception);
}
