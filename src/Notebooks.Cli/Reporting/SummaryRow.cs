using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Reporting;

/// <summary>A row of the summary table: a notebook, its result and duration, and its failing cell with the error's first line.</summary>
internal sealed record SummaryRow(string Notebook, string Result, string Duration, string FailingCell, string Error)
{
    /// <summary>The column headings, in order.</summary>
    public static IReadOnlyList<string> Headings { get; } = ["Notebook", "Result", "Duration", "Failing cell", "Error"];

    /// <summary>The row's cells, in the order of <see cref="Headings"/>.</summary>
    public IReadOnlyList<string> Cells => [Notebook, Result, Duration, FailingCell, Error];

    /// <summary>The rows of a run: notebooks that ran, then those that could not be read, each in path order.</summary>
    public static IReadOnlyList<SummaryRow> Of(IEnumerable<NotebookResult> results, IEnumerable<NotebookFormatException> unreadable) =>
        [
            .. results.OrderBy(r => r.Path, StringComparer.Ordinal).Select(From),
            .. unreadable.OrderBy(e => e.Path, StringComparer.Ordinal).Select(From),
        ];

    /// <summary>The row of a notebook that ran.</summary>
    public static SummaryRow From(NotebookResult result)
    {
        var failure = result.FirstFailure;
        var cell = failure is null ? "" : failure.Kind == CellResultKind.TimedOut ? $"{failure.Label} (timed out)" : failure.Label;
        var error = failure is null ? "" : failure.Error?.Summary ?? failure.Reason ?? NotebookLines.What(failure);
        return new SummaryRow(result.Path, NotebookLines.Status(result), NotebookLines.Seconds(result.Duration), cell, OneLine(error));
    }

    /// <summary>The row of a notebook that could not be read.</summary>
    public static SummaryRow From(NotebookFormatException error)
    {
        var message = error.Message.StartsWith(error.Path + ":", StringComparison.Ordinal) ? error.Message[(error.Path.Length + 1)..].TrimStart() : error.Message;
        return new(error.Path, "ERROR", "", "", OneLine(message));
    }

    private static string OneLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
