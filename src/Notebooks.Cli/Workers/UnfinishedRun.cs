using System.Globalization;
using Notebooks.Cli.Running;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Workers;

/// <summary>Completes the result and the executed notebook of a worker that did not finish: the cell it died in fails, later cells did not run.</summary>
internal sealed class UnfinishedRun(WorkerJob job, Notebook prepared, WorkerProgress progress, IReadOnlyList<string> stderr, TimeSpan elapsed)
{
    /// <summary>The result when the worker process could not be started at all.</summary>
    public static NotebookResult CouldNotStart(WorkerJob job, Notebook prepared, string why, TimeSpan elapsed) =>
        new UnfinishedRun(job, prepared, new WorkerProgress(), [why], elapsed).Complete(WorkerEnd.Crashed, null, null);

    /// <summary>The result when supervising the notebook failed where nothing else caught it: an infrastructure fault of this notebook only.</summary>
    public static NotebookResult SupervisorFailed(WorkerJob job, Notebook prepared, Exception fault, TimeSpan elapsed) =>
        new UnfinishedRun(job, prepared, new WorkerProgress(), [], elapsed).Complete(WorkerEnd.SupervisorFailed, null, null, fault);

    /// <summary>The notebook's result after <paramref name="end"/>, with the executed notebook written to show it.</summary>
    /// <param name="end">How the worker's run ended.</param>
    /// <param name="exitCode">The worker's exit code, when it exited.</param>
    /// <param name="notebookTimeout">The notebook timeout, when that ended it.</param>
    /// <param name="fault">What failed in the supervisor, when that ended it.</param>
    public NotebookResult Complete(WorkerEnd end, int? exitCode, TimeSpan? notebookTimeout, Exception? fault = null)
    {
        var done = progress.Results;
        var codeCells = prepared.Cells.Select((cell, index) => (cell, index)).Where(c => c.cell.Kind == CellKind.Code).ToList();
        var blamed = Blame(done, codeCells);
        var error = end == WorkerEnd.SupervisorFailed ? Fault(fault) : Error(end, exitCode, notebookTimeout, blamed, done);
        var kind = end is WorkerEnd.CellHung or WorkerEnd.NotebookTimedOut ? CellResultKind.TimedOut : CellResultKind.Failed;
        var failed = blamed is null ? null : NotebookRunner.Result(blamed.Value.cell, blamed.Value.index, kind, Duration(blamed.Value.index)) with { Error = error };
        var reason = end == WorkerEnd.Interrupted ? "the run was interrupted" : $"{failed?.Label} failed";
        var results = done.Where(r => r.Number != failed?.Number).ToList();
        if (failed is not null)
        {
            results.Add(failed);
        }

        results.AddRange(codeCells
            .Where(c => results.All(r => r.Number != c.index + 1))
            .Select(c => NotebookRunner.NotRun(c.cell, c.index, reason)));
        results.Sort((a, b) => a.Number.CompareTo(b.Number));
        var writeProblem = WriteExecuted(failed);
        return new NotebookResult(job.NotebookPath, results, elapsed) { WriteProblem = progress.WriteProblem ?? writeProblem };
    }

    /// <summary>The cell whose code the crash came from; else the cell that was running; else the last that ran; else the first.</summary>
    private (NotebookCell cell, int index)? Blame(IReadOnlyList<CellResult> done, List<(NotebookCell cell, int index)> codeCells)
    {
        var number = progress.Crash?.Cell
            ?? progress.Running?.Cell.Number
            ?? done.LastOrDefault(r => r.Kind is not (CellResultKind.NotRun or CellResultKind.Skipped))?.Number
            ?? codeCells.FirstOrDefault().index + 1;
        return codeCells.Count == 0 ? null : codeCells.FirstOrDefault(c => c.index + 1 == number, codeCells[0]);
    }

    private CellError Error(WorkerEnd end, int? exitCode, TimeSpan? notebookTimeout, (NotebookCell cell, int index)? blamed, IReadOnlyList<CellResult> done)
    {
        var label = blamed is null ? "the notebook" : CellLabel.Of(blamed.Value.index + 1, blamed.Value.cell.Id);
        var during = progress.Running is { } running ? $"while {running.Cell.Label} ran" : done.Count > 0 ? $"after {label} ended" : "before its first cell";
        return end switch
        {
            WorkerEnd.CellHung => CellError.Of(CellErrorKind.Timeout, $"{label} did not stop after its timeout{(progress.Running is { } hung ? $" of {Seconds(hung.Cell.Timeout)}" : "")} was reached; its worker process was killed"),
            WorkerEnd.NotebookTimedOut => CellError.Of(CellErrorKind.Timeout, $"the notebook ran past its timeout of {Seconds(notebookTimeout!.Value)} during {label}; its worker process was killed"),
            WorkerEnd.Interrupted => CellError.Of(CellErrorKind.Interrupted, $"the run was interrupted {during}"),
            _ when progress.Crash is { } crash => new CellError(
                crash.Error.Name,
                $"the worker process crashed {during}: {crash.Error.Value}",
                [$"{crash.Error.Name}: the worker process crashed {during} (an exception nothing caught, such as from an async void method)", .. crash.Error.Traceback]),
            _ => CellError.Of(
                done.Count == 0 && progress.Running is null ? CellErrorKind.Worker : CellErrorKind.WorkerCrash,
                $"the worker process exited{(exitCode is null ? "" : $" with code {exitCode}")} {during}{FirstMeaningful()}",
                [$"the worker process exited{(exitCode is null ? "" : $" with code {exitCode}")}; its stderr:", .. stderr]),
        };
    }

    private static CellError Fault(Exception? fault) => CellError.Of(
        CellErrorKind.Worker,
        $"the supervisor failed while it ran this notebook: {fault?.GetType().Name}: {fault?.Message}",
        [.. (fault?.ToString() ?? "").Split('\n').Select(l => l.TrimEnd('\r'))]);

    private string FirstMeaningful() => stderr.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) is { } line ? $": {line.Trim()}" : "";

    private TimeSpan Duration(int index) =>
        progress.Running is { } running && running.Cell.Number == index + 1 ? System.Diagnostics.Stopwatch.GetElapsedTime(running.StartedAt) : TimeSpan.Zero;

    /// <summary>Writes the executed notebook: the worker's last copy (or the prepared notebook) with the failing cell's error added; returns why it could not, or null.</summary>
    private string? WriteExecuted(CellResult? failed)
    {
        Notebook executed;
        try
        {
            executed = progress.WroteNotebook ? NotebookFile.Read(job.TargetPath) : prepared;
        }
        catch (NotebookFormatException)
        {
            executed = prepared;
        }

        if (ReferenceEquals(executed, prepared))
        {
            NotebookRunner.ClearOutputs(executed);
        }

        if (failed?.Error is { } error)
        {
            NotebookRunner.AddError(executed.Cells[failed.Number - 1], error);
        }

        try
        {
            NotebookFile.WriteAtomically(executed, job.TargetPath);
            return null;
        }
        catch (Exception e) when (WriteFailure.Is(e))
        {
            return WriteFailure.Describe("the executed notebook", job.TargetPath, e);
        }
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
