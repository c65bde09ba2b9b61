using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Notebooks.Cli.Reporting;

/// <summary>What the live reporter draws: the running notebooks, each finished notebook's lines, and the summary table.</summary>
internal static class LiveView
{
    /// <summary>The longest error text the summary table shows.</summary>
    public const int ErrorWidth = 100;

    private static readonly Style Pass = new(Color.Green, decoration: Decoration.Bold);
    private static readonly Style Fail = new(Color.Red, decoration: Decoration.Bold);
    private static readonly Style Problem = new(Color.Red);
    private static readonly Style Quiet = new(Color.Grey);
    private static readonly Style Warning = new(Color.Yellow);

    /// <summary>The progress area: how many notebooks finished, then a row per running notebook.</summary>
    public static IRenderable Progress(IReadOnlyCollection<RunningNotebook> running, int finished, int total, int failed, TimeProvider time)
    {
        var heading = new Text($"{finished}/{total} notebook(s) finished, {failed} failed", failed > 0 ? Problem : Quiet);
        if (running.Count == 0)
        {
            return heading;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("Notebook", "Cell", "Cells done", "Elapsed");
        table.Columns[0].NoWrap();
        foreach (var notebook in running)
        {
            table.AddRow(
                new Text(notebook.Path),
                new Text(notebook.Cell ?? "starting", Quiet),
                new Text(Cells(notebook), notebook.Failed > 0 ? Problem : Style.Plain),
                new Text(NotebookLines.Seconds(time.GetElapsedTime(notebook.Started))));
        }

        return new Rows(heading, table);
    }

    /// <summary>A finished notebook: the plain reporter's lines, coloured.</summary>
    public static IRenderable Notebook(NotebookResult result, string writtenTo)
    {
        var lines = new List<IRenderable>
        {
            new Paragraph().Append(NotebookLines.Status(result), result.Passed ? Pass : Fail).Append("  " + NotebookLines.Headline(result, writtenTo)),
        };
        foreach (var cell in NotebookLines.Failures(result))
        {
            lines.Add(new Text($"      {NotebookLines.Failure(cell)}", Problem));
            lines.AddRange(NotebookLines.Traceback(cell).Select(line => new Text($"        {line}", Quiet)));
        }

        if (NotebookLines.NotRun(result) is { } notRun)
        {
            lines.Add(new Text($"      {notRun}", Warning));
        }

        return new Rows(lines);
    }

    /// <summary>A notebook that could not be read.</summary>
    public static IRenderable Unreadable(NotebookFormatException error) =>
        new Rows(new Paragraph().Append("ERROR", Fail).Append(" " + error.Message));

    /// <summary>The summary table: a row per notebook with its result, duration, failing cell and error.</summary>
    public static Table Summary(IReadOnlyList<SummaryRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns([.. SummaryRow.Headings]);
        table.Columns[0].NoWrap();
        foreach (var row in rows)
        {
            var style = row.Result == "PASS" ? Pass : Fail;
            table.AddRow(new Text(row.Notebook), new Text(row.Result, style), new Text(row.Duration), new Text(row.FailingCell), new Text(PlainSummaryTable.Shorten(row.Error, ErrorWidth), Problem));
        }

        return table;
    }

    private static string Cells(RunningNotebook notebook)
    {
        var done = notebook.Total > 0 ? $"{notebook.Done}/{notebook.Total}" : $"{notebook.Done}";
        return notebook.Failed > 0 ? $"{done} ({notebook.Failed} failed)" : done;
    }
}
