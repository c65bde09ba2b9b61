using Notebooks.Cli.Reporting;

namespace Notebooks.Cli.Tests.Reporting;

public sealed class PlainReporterTests
{
    [Fact]
    public void RunFinished_FailingNotebook_TableNamesItsResultCellAndErrorFirstLine()
    {
        var output = Report();

        var row = Assert.Single(Lines(output), l => l.StartsWith("failing.ipynb ", StringComparison.Ordinal));
        Assert.Matches(@"^failing\.ipynb +FAIL +1\.5 s +cell 2 \[throws\] +System\.InvalidOperationException: the cell failed on purpose$", row);
    }

    [Fact]
    public void RunFinished_Table_HeadsTheColumnsAndAlignsThem()
    {
        var lines = Lines(Report());

        var heading = Assert.Single(lines, l => l.StartsWith("Notebook ", StringComparison.Ordinal));
        Assert.Matches("^Notebook +Result +Duration +Failing cell +Error$", heading);
        var passing = Assert.Single(lines, l => l.StartsWith("passing.ipynb ", StringComparison.Ordinal));
        var failing = Assert.Single(lines, l => l.StartsWith("failing.ipynb ", StringComparison.Ordinal));
        Assert.Equal(heading.IndexOf("Result", StringComparison.Ordinal), passing.IndexOf("PASS", StringComparison.Ordinal));
        Assert.Equal(heading.IndexOf("Failing cell", StringComparison.Ordinal), failing.IndexOf("cell 2", StringComparison.Ordinal));
    }

    [Fact]
    public void RunFinished_Unreadable_RowSaysErrorWithTheMessagesFirstLine()
    {
        var lines = Lines(Report());

        var row = Assert.Single(lines, l => l.StartsWith("broken.ipynb ", StringComparison.Ordinal));
        Assert.Matches(@"^broken\.ipynb +ERROR +not JSON$", row);
    }

    [Fact]
    public void RunFinished_TimedOutCell_SaysSoInTheFailingCellColumn()
    {
        using var output = new StringWriter();
        var reporter = new ConsoleReporter(output);

        reporter.RunFinished([SampleResults.TimedOut()], 0);

        Assert.Contains("cell 1 [hangs] (timed out)  TimeoutException: the cell ran past its timeout of 0.5 s", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RunFinished_Totals_ComeLastInTheirWording()
    {
        var lines = Lines(Report());

        Assert.Equal("3 notebook(s): 1 passed, 1 failed, 1 not run (bad input); cells: 2 passed, 1 failed, 0 skipped, 1 not run", lines[^1]);
    }

    [Fact]
    public void RunFinished_NoNotebooks_PrintsNoTable()
    {
        using var output = new StringWriter();
        var reporter = new ConsoleReporter(output);

        reporter.RunFinished([], 0);

        Assert.DoesNotContain("Notebook", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_PlainMode_HasNoEscapesOrCursorMovement()
    {
        var output = Report();

        Assert.DoesNotContain('\x1b', output);
        Assert.DoesNotContain('\r', output);
        Assert.Contains("FAIL  failing.ipynb  (1.5 s, 1/3 cells passed) -> executed/failing.ipynb", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LongError_ShortensIt()
    {
        using var output = new StringWriter();

        PlainSummaryTable.Write(output, [new SummaryRow("a.ipynb", "FAIL", "1.0 s", "cell 1", new string('x', 500))]);

        var row = Assert.Single(Lines(output.ToString()), l => l.StartsWith("a.ipynb", StringComparison.Ordinal));
        Assert.EndsWith(new string('x', PlainSummaryTable.ErrorWidth - 3) + "...", row, StringComparison.Ordinal);
    }

    private static string Report()
    {
        using var output = new StringWriter();
        var reporter = new ConsoleReporter(output);
        reporter.RunStarted(["failing.ipynb", "passing.ipynb", "broken.ipynb"]);
        reporter.NotebookFinished(SampleResults.Failing(), "executed/failing.ipynb");
        reporter.Unreadable(SampleResults.Unreadable());
        reporter.NotebookFinished(SampleResults.Passing(), "executed/passing.ipynb");
        reporter.RunFinished([SampleResults.Failing(), SampleResults.Passing()], 1);
        return output.ToString();
    }

    private static List<string> Lines(string output) => [.. output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];
}
