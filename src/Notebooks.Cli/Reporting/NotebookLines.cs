using System.Globalization;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Reporting;

/// <summary>The wording of a run's report, shared by the plain and the live reporter.</summary>
internal static class NotebookLines
{
    /// <summary>How many traceback lines follow a failing cell.</summary>
    public const int TracebackLines = 6;

    /// <summary><c>PASS</c> or <c>FAIL</c>.</summary>
    public static string Status(NotebookResult result) => result.Passed ? "PASS" : "FAIL";

    /// <summary>What follows the status: the path, duration, cells passed and where the executed copy went.</summary>
    public static string Headline(NotebookResult result, string writtenTo)
    {
        var passed = result.Cells.Count(c => c.Kind == CellResultKind.Passed);
        return $"{result.Path}  ({Seconds(result.Duration)}, {passed}/{result.Cells.Count} cells passed) -> {writtenTo}";
    }

    /// <summary>The cells that failed or timed out.</summary>
    public static IEnumerable<CellResult> Failures(NotebookResult result) =>
        result.Cells.Where(c => c.Kind is CellResultKind.Failed or CellResultKind.TimedOut);

    /// <summary><c>failed</c> or <c>timed out</c>.</summary>
    public static string What(CellResult cell) => cell.Kind == CellResultKind.TimedOut ? "timed out" : "failed";

    /// <summary>A failing cell: its label, what happened and its first line of source.</summary>
    public static string Failure(CellResult cell) => $"{cell.Label} {What(cell)}: {cell.FirstLine}";

    /// <summary>The first lines of a failing cell's traceback.</summary>
    public static IEnumerable<string> Traceback(CellResult cell) => (cell.Error?.Traceback ?? []).Take(TracebackLines);

    /// <summary>How many later cells did not run and why, or null when all ran.</summary>
    public static string? NotRun(NotebookResult result)
    {
        var notRun = result.Cells.Where(c => c.Kind == CellResultKind.NotRun).ToList();
        return notRun.Count > 0 ? $"{notRun.Count} later cell(s) not run ({notRun[0].Reason})" : null;
    }

    /// <summary>The run's totals: notebooks passed, failed and unreadable; cells by outcome.</summary>
    public static string Totals(IReadOnlyList<NotebookResult> results, int unreadable)
    {
        var cells = results.SelectMany(r => r.Cells).ToList();
        int Count(CellResultKind kind) => cells.Count(c => c.Kind == kind);
        return $"{results.Count + unreadable} notebook(s): {results.Count(r => r.Passed)} passed, {results.Count(r => !r.Passed)} failed"
            + (unreadable > 0 ? $", {unreadable} not run (bad input)" : "")
            + $"; cells: {Count(CellResultKind.Passed)} passed, {Count(CellResultKind.Failed) + Count(CellResultKind.TimedOut)} failed, "
            + $"{Count(CellResultKind.Skipped)} skipped, {Count(CellResultKind.NotRun)} not run";
    }

    /// <summary>A duration as <c>1.2 s</c>.</summary>
    public static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
