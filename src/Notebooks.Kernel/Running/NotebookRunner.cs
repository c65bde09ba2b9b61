using System.Diagnostics;
using Notebooks.Kernel.Engines;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Running;

/// <summary>Runs a notebook's code cells in order in a fresh kernel, writing outputs into the cells.</summary>
public sealed class NotebookRunner(RunOptions options)
{
    /// <summary>Tag: the cell must throw; it fails if it does not.</summary>
    public const string RaisesExceptionTag = "raises-exception";

    /// <summary>Tag: the cell is not run.</summary>
    public const string SkipExecutionTag = "skip-execution";

    private volatile INotebookEngine? running;

    /// <summary>The number of the cell of the running notebook whose code is in <paramref name="exception"/>'s frames, or null.</summary>
    public int? CellOf(Exception exception) => running?.CellOf(exception);

    /// <summary>Runs <paramref name="notebook"/> (read from <paramref name="path"/>); <paramref name="afterCell"/> sees the notebook after each cell.</summary>
    public Task<NotebookResult> RunAsync(Notebook notebook, string path, Func<Notebook, Task>? afterCell = null, CancellationToken cancellationToken = default) =>
        RunAsync(notebook, path, afterCell is null ? null : new AfterCellObserver(afterCell), cancellationToken);

    /// <summary>Runs <paramref name="notebook"/> (read from <paramref name="path"/>), telling <paramref name="observer"/> as each cell starts and ends.</summary>
    public async Task<NotebookResult> RunAsync(Notebook notebook, string path, INotebookObserver? observer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var clock = Stopwatch.StartNew();
        ClearOutputs(notebook);
        var kernelOptions = new KernelOptions
        {
            BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!,
            DefaultTimeout = CellMetadata.NotebookTimeout(notebook.Metadata) ?? options.CellTimeout,
            CancellationGrace = options.CancellationGrace,
            Restorer = options.Restorer,
        };
        var results = new List<CellResult>();
        var kernel = options.Engine.Create(kernelOptions);
        await using var disposeKernel = kernel.ConfigureAwait(false);
        running = kernel;
        var budget = new OutputBudget();
        CellResult? failed = null;
        var executionCount = 0;
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (cell.Kind != CellKind.Code)
            {
                continue;
            }

            var runs = (failed is null || options.ContinueOnError) && !cell.HasTag(SkipExecutionTag);
            if (runs && observer is not null)
            {
                await observer.CellStartingAsync(new CellStart(i + 1, cell.Id, CellMetadata.CellTimeout(cell.Metadata) ?? kernelOptions.DefaultTimeout)).ConfigureAwait(false);
            }

            var result = failed is not null && !options.ContinueOnError
                ? NotRun(cell, i, $"{failed.Label} failed")
                : !runs ? Result(cell, i, CellResultKind.Skipped, TimeSpan.Zero) with { Reason = $"tagged {SkipExecutionTag}" }
                : await RunCellAsync(kernel, notebook, cell, i, ++executionCount, budget, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            failed ??= result.Kind is CellResultKind.Failed or CellResultKind.TimedOut ? result : null;
            if (observer is not null)
            {
                await observer.CellFinishedAsync(notebook, result).ConfigureAwait(false);
            }

            failed ??= await ApplyLateAsync(notebook, results, observer, kernel.TakeLateFailures()).ConfigureAwait(false);
        }

        await ApplyLateAsync(notebook, results, observer, kernel.TakeLateFailures(collect: true)).ConfigureAwait(false);
        return new NotebookResult(path, results, clock.Elapsed) { Engine = options.Engine.Title };
    }

    /// <summary>Fails the cells <paramref name="failures"/> came from (result, error output, observer told); returns the first, or null.</summary>
    private static async Task<CellResult?> ApplyLateAsync(Notebook notebook, List<CellResult> results, INotebookObserver? observer, IReadOnlyList<LateFailure> failures)
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
            notebook.Cells[failed.Number - 1].Outputs.Add(NbformatOutput.Error(error));
            first ??= failed;
            if (observer is not null)
            {
                await observer.CellFailedLateAsync(notebook, failed).ConfigureAwait(false);
            }
        }

        return first;
    }


    private async Task<CellResult> RunCellAsync(INotebookEngine kernel, Notebook notebook, NotebookCell cell, int index, int executionCount, OutputBudget budget, CancellationToken cancellationToken)
    {
        var language = KernelNames.ForCell(cell, notebook.DefaultKernelName);
        if (language != KernelNames.CSharp)
        {
            var unsupported = CellError.Of(CellErrorKind.UnsupportedKernel, $"this is a {language} cell; this kernel runs C# only");
            cell.Outputs.Add(NbformatOutput.Error(unsupported));
            return Result(cell, index, CellResultKind.Failed, TimeSpan.Zero) with { Error = unsupported };
        }

        cell.ExecutionCount = executionCount;
        var builder = new OutputBuilder(cell.Outputs, executionCount, cell.Source.Length, budget);
        var request = new CellRequest(cell.Source) { Number = index + 1, Timeout = CellMetadata.CellTimeout(cell.Metadata) };
        CellError? error = null;
        CellCompletedEvent? completed = null;
        await foreach (var e in kernel.ExecuteAsync(request, cancellationToken).ConfigureAwait(false))
        {
            builder.Add(e);
            error = e is ErrorEvent { Error: var err } ? err : error;
            completed = e as CellCompletedEvent ?? completed;
        }

        return Judge(cell, index, completed!, error);
    }

    private static CellResult Judge(NotebookCell cell, int index, CellCompletedEvent completed, CellError? error)
    {
        var expectsError = cell.HasTag(RaisesExceptionTag);
        return completed.Status switch
        {
            CellStatus.Succeeded when expectsError => Result(cell, index, CellResultKind.Failed, completed.Duration) with
            {
                Error = CellError.Of(CellErrorKind.MissingExpectedException, $"the cell is tagged {RaisesExceptionTag} but completed without throwing"),
            },
            CellStatus.Succeeded => Result(cell, index, CellResultKind.Passed, completed.Duration),
            CellStatus.Failed when expectsError && error is not null && !error.Kind.IsBeforeRuntime() => Result(cell, index, CellResultKind.Passed, completed.Duration),
            CellStatus.TimedOut => Result(cell, index, CellResultKind.TimedOut, completed.Duration) with { Error = error },
            _ => Result(cell, index, CellResultKind.Failed, completed.Duration) with { Error = error },
        };
    }

    /// <summary>The result of a cell that was not run, and why (what follows "not run because").</summary>
    public static CellResult NotRun(NotebookCell cell, int index, string reason) => Result(cell, index, CellResultKind.NotRun, TimeSpan.Zero) with { Reason = $"not run because {reason}" };

    /// <summary>A result for the code cell at <paramref name="index"/> (from 0 among all cells).</summary>
    public static CellResult Result(NotebookCell cell, int index, CellResultKind kind, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return new(index + 1, cell.Id, FirstLine(cell.Source), kind, duration);
    }

    private static string FirstLine(string source) =>
        source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("#!", StringComparison.Ordinal)) ?? "";

    /// <summary>Adds <paramref name="error"/> to <paramref name="cell"/>'s outputs, as nbformat's error output.</summary>
    public static void AddError(NotebookCell cell, CellError error)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.Outputs.Add(NbformatOutput.Error(error));
    }

    /// <summary>Removes the outputs and execution counts of every code cell, as a run does first.</summary>
    public static void ClearOutputs(Notebook notebook)
    {
        foreach (var cell in notebook.Cells.Where(c => c.Kind == CellKind.Code))
        {
            cell.Outputs.Clear();
            cell.ExecutionCount = null;
        }
    }
}
