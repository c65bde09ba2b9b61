using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Running;

/// <summary>Fails the cell a late exception came from: its result, an error output in the cell, and the observer told.</summary>
internal sealed class LateFailures(Notebook notebook, List<CellResult> results, INotebookObserver? observer)
{
    /// <summary>Applies <paramref name="failures"/>; returns the first cell they failed, or null.</summary>
    public async Task<CellResult?> ApplyAsync(IReadOnlyList<LateFailure> failures)
    {
        CellResult? first = null;
        foreach (var failure in failures)
        {
            var index = results.FindIndex(r => r.Number == failure.Cell);
            if (index < 0)
            {
                continue;
            }

            var error = CellError.Of(
                CellErrorKind.LateFailure,
                $"a task this cell started failed after the cell ended: {failure.Error.Summary}",
                [$"{CellErrorKind.LateFailure.ErrorName()}: a task this cell started failed after the cell ended", .. failure.Error.Traceback]);
            var failed = results[index] with { Kind = CellResultKind.Failed, Error = error };
            results[index] = failed;
            notebook.Cells[failed.Number - 1].Outputs.Add(OutputBuilder.Error(error));
            first ??= failed;
            if (observer is not null)
            {
                await observer.CellFailedLateAsync(notebook, failed).ConfigureAwait(false);
            }
        }

        return first;
    }
}
