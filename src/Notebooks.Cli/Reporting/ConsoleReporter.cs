using System.Globalization;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Reporting;

/// <summary>Plain console report: a line per notebook, the failing cell with its error, and a summary; GitHub annotations when asked.</summary>
internal sealed class ConsoleReporter(TextWriter output, bool githubAnnotations = false) : IRunReporter
{
    private readonly Lock gate = new();

    public void RunStarted(IReadOnlyList<string> notebooks)
    {
    }

    public void NotebookStarted(string path)
    {
    }

    public void CellStarted(string path, int number, string? id)
    {
    }

    public void CellFinished(string path, CellResult cell)
    {
    }

    public void NotebookFinished(NotebookResult result, string writtenTo)
    {
        lock (gate)
        {
            Notebook(result, writtenTo);
        }
    }

    private void Notebook(NotebookResult result, string writtenTo)
    {
        var status = result.Passed ? "PASS" : "FAIL";
        var passed = result.Cells.Count(c => c.Kind == CellResultKind.Passed);
        var code = result.Cells.Count;
        output.WriteLine($"{status}  {result.Path}  ({Seconds(result.Duration)}, {passed}/{code} cells passed) -> {writtenTo}");
        foreach (var cell in result.Cells.Where(c => c.Kind is CellResultKind.Failed or CellResultKind.TimedOut))
        {
            var what = cell.Kind == CellResultKind.TimedOut ? "timed out" : "failed";
            output.WriteLine($"      {cell.Label} {what}: {cell.FirstLine}");
            foreach (var line in (cell.Error?.Traceback ?? []).Take(6))
            {
                output.WriteLine($"        {line}");
            }

            if (githubAnnotations)
            {
                output.WriteLine($"::error file={Escape(result.Path, property: true)},title={Escape($"{cell.Label} {what}", property: true)}::{Escape($"{cell.FirstLine}\n{string.Join('\n', cell.Error?.Traceback ?? [])}", property: false)}");
            }
        }

        var notRun = result.Cells.Where(c => c.Kind == CellResultKind.NotRun).ToList();
        if (notRun.Count > 0)
        {
            output.WriteLine($"      {notRun.Count} later cell(s) not run ({notRun[0].Reason})");
        }
    }

    public void Unreadable(NotebookFormatException error)
    {
        lock (gate)
        {
            WriteUnreadable(error);
        }
    }

    private void WriteUnreadable(NotebookFormatException error)
    {
        output.WriteLine($"ERROR {error.Message}");
        if (githubAnnotations)
        {
            output.WriteLine($"::error file={Escape(error.Path, property: true)},title=unreadable notebook::{Escape(error.Message, property: false)}");
        }
    }

    /// <summary>Escapes a GitHub workflow command's data (and, for properties, its separators).</summary>
    private static string Escape(string text, bool property)
    {
        var escaped = text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }

    public void RunFinished(IReadOnlyList<NotebookResult> results, int unreadable)
    {
        var cells = results.SelectMany(r => r.Cells).ToList();
        output.WriteLine();
        output.WriteLine(
            $"{results.Count + unreadable} notebook(s): {results.Count(r => r.Passed)} passed, {results.Count(r => !r.Passed)} failed"
            + (unreadable > 0 ? $", {unreadable} not run (bad input)" : "")
            + $"; cells: {Count(cells, CellResultKind.Passed)} passed, {Count(cells, CellResultKind.Failed) + Count(cells, CellResultKind.TimedOut)} failed, "
            + $"{Count(cells, CellResultKind.Skipped)} skipped, {Count(cells, CellResultKind.NotRun)} not run");
    }

    private static int Count(List<CellResult> cells, CellResultKind kind) => cells.Count(c => c.Kind == kind);

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
