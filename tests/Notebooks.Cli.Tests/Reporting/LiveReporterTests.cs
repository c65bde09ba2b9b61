using Notebooks.Cli.Reporting;
using Notebooks.Kernel.Running;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Notebooks.Cli.Tests.Reporting;

public sealed class LiveReporterTests
{
    [Fact]
    public async Task NotebookFinished_ConcurrentNotebooks_PrintsEachNotebooksLines()
    {
        var console = Terminal();
        var reporter = new LiveReporter(console, TimeProvider.System);
        var results = Enumerable.Range(1, 6).Select(i => i % 3 == 0 ? SampleResults.Failing($"nb{i}.ipynb") : SampleResults.Passing($"nb{i}.ipynb")).ToList();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        reporter.RunStarted([.. results.Select(r => r.Path)]);

        var workers = results.Select(result => Task.Run(async () =>
        {
            await go.Task;
            reporter.NotebookStarted(result.Path, result.Cells.Count);
            foreach (var cell in result.Cells)
            {
                reporter.CellStarted(result.Path, cell.Number, cell.Id);
                reporter.CellFinished(result.Path, cell);
            }

            reporter.NotebookFinished(result, $"executed/{result.Path}");
        })).ToList();
        go.SetResult();
        await Task.WhenAll(workers);
        reporter.RunFinished(results, 0);

        var output = Ansi.Strip(console.Output);
        foreach (var result in results)
        {
            Assert.Contains($"{(result.Passed ? "PASS" : "FAIL")}  {result.Path}  (", output, StringComparison.Ordinal);
        }

        Assert.Contains("      cell 2 [throws] failed: throw new InvalidOperationException", output, StringComparison.Ordinal);
        Assert.Contains("        System.InvalidOperationException: the cell failed on purpose", output, StringComparison.Ordinal);
        Assert.Contains("      1 later cell(s) not run (not run because cell 2 [throws] failed)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RunFinished_AfterARun_PrintsTheSummaryTableAndTotals()
    {
        var console = Terminal();
        var reporter = new LiveReporter(console, TimeProvider.System);
        reporter.RunStarted(["failing.ipynb", "passing.ipynb", "broken.ipynb"]);
        reporter.NotebookStarted("failing.ipynb", 3);
        reporter.NotebookFinished(SampleResults.Failing(), "executed/failing.ipynb");
        reporter.Unreadable(SampleResults.Unreadable());
        reporter.NotebookFinished(SampleResults.Passing(), "executed/passing.ipynb");

        reporter.RunFinished([SampleResults.Failing(), SampleResults.Passing()], 1);

        var output = Ansi.Strip(console.Output);
        var row = Assert.Single(output.Split('\n'), l => l.Contains("failing.ipynb", StringComparison.Ordinal) && l.Contains('│'));
        Assert.Contains("FAIL", row, StringComparison.Ordinal);
        Assert.Contains("cell 2 [throws]", row, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: the cell failed on purpose", row, StringComparison.Ordinal);
        Assert.DoesNotContain("second line", row, StringComparison.Ordinal);
        Assert.Contains("Failing cell", output, StringComparison.Ordinal);
        Assert.Contains("ERROR broken.ipynb: not JSON", output, StringComparison.Ordinal);
        Assert.EndsWith(
            "3 notebook(s): 1 passed, 1 failed, 1 not run (bad input); cells: 2 passed, 1 failed, 0 skipped, 1 not run",
            output.TrimEnd(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void RunFinished_WithoutOtherEvents_PrintsTotalsOnly()
    {
        var console = Terminal();
        var reporter = new LiveReporter(console, TimeProvider.System);

        reporter.RunFinished([], 0);

        Assert.Contains("0 notebook(s): 0 passed, 0 failed; cells: 0 passed, 0 failed, 0 skipped, 0 not run", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_RunningNotebooks_ShowsCurrentCellDoneAndElapsed()
    {
        var console = Terminal();
        var notebook = new RunningNotebook("slow.ipynb", TimeProvider.System.GetTimestamp()) { Cell = "cell 4 [load]", Done = 2, Failed = 1, Total = 5 };

        console.Write(LiveView.Progress([notebook, new RunningNotebook("next.ipynb", TimeProvider.System.GetTimestamp())], 3, 7, 1, TimeProvider.System));

        var output = Ansi.Strip(console.Output);
        Assert.Contains("3/7 notebook(s) finished, 1 failed", output, StringComparison.Ordinal);
        var row = Assert.Single(output.Split('\n'), l => l.Contains("slow.ipynb", StringComparison.Ordinal));
        Assert.Contains("cell 4 [load]", row, StringComparison.Ordinal);
        Assert.Contains("2/5 (1 failed)", row, StringComparison.Ordinal);
        Assert.Matches(@"\d+\.\d s", row);
        Assert.Contains("starting", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_TimedOutCell_SaysSoInTheFailingCellColumn()
    {
        var console = Terminal();

        console.Write(LiveView.Summary(SummaryRow.Of([SampleResults.TimedOut()], [])));

        Assert.Contains("cell 1 [hangs] (timed out)", Ansi.Strip(console.Output), StringComparison.Ordinal);
    }

    [Fact]
    public void CellFinished_UnknownNotebook_TracksItWithoutThrowing()
    {
        var console = Terminal();
        var reporter = new LiveReporter(console, TimeProvider.System);

        reporter.CellStarted("late.ipynb", 1, null);
        reporter.CellFinished("late.ipynb", new CellResult(1, null, "1", CellResultKind.Passed, TimeSpan.Zero));
        reporter.RunFinished([], 0);

        Assert.Contains("0 notebook(s)", console.Output, StringComparison.Ordinal);
    }

    private static TestConsole Terminal()
    {
        var console = new TestConsole().Width(240).Colors(ColorSystem.TrueColor).Interactive();
        console.EmitAnsiSequences = true;
        return console;
    }
}
