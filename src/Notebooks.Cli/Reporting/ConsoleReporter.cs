using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Reporting;

/// <summary>Plain console report: a line per notebook, the failing cell with its error, and a summary; GitHub annotations when asked.</summary>
internal sealed class ConsoleReporter(TextWriter output, bool githubAnnotations = false) : IRunReporter
{
    private readonly Lock gate = new();
    private readonly List<NotebookFormatException> unreadable = [];

    public void RunStarted(IReadOnlyList<string> notebooks)
    {
    }

    public void NotebookStarted(string path, int codeCells)
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
        output.WriteLine($"{NotebookLines.Status(result)}  {NotebookLines.Headline(result, writtenTo)}");
        foreach (var cell in NotebookLines.Failures(result))
        {
            output.WriteLine($"      {NotebookLines.Failure(cell)}");
            foreach (var line in NotebookLines.Traceback(cell))
            {
                output.WriteLine($"        {line}");
            }

            if (githubAnnotations)
            {
                var what = NotebookLines.What(cell);
                output.WriteLine($"::error file={Escape(result.Path, property: true)},title={Escape($"{cell.Label} {what}", property: true)}::{Escape($"{cell.FirstLine}\n{string.Join('\n', cell.Error?.Traceback ?? [])}", property: false)}");
            }
        }

        if (NotebookLines.NotRun(result) is { } notRun)
        {
            output.WriteLine($"      {notRun}");
        }
    }

    public void Unreadable(NotebookFormatException error)
    {
        lock (gate)
        {
            unreadable.Add(error);
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
        lock (gate)
        {
            var rows = SummaryRow.Of(results, this.unreadable);
            if (rows.Count > 0)
            {
                output.WriteLine();
                PlainSummaryTable.Write(output, rows);
            }

            output.WriteLine();
            output.WriteLine(NotebookLines.Totals(results, unreadable));
        }
    }
}
