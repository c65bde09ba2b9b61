using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Tests.Reporting;

/// <summary>Notebook results to report, without running a kernel.</summary>
internal static class SampleResults
{
    public static NotebookResult Passing(string path = "passing.ipynb") => new(
        path,
        [new CellResult(1, "setup", "var x = 1;", CellResultKind.Passed, TimeSpan.FromSeconds(0.1))],
        TimeSpan.FromSeconds(0.4));

    public static NotebookResult Failing(string path = "failing.ipynb") => new(
        path,
        [
            new CellResult(1, "setup", "var x = 1;", CellResultKind.Passed, TimeSpan.FromSeconds(0.1)),
            new CellResult(2, "throws", "throw new InvalidOperationException(\"the cell failed on purpose\");", CellResultKind.Failed, TimeSpan.FromSeconds(0.2))
            {
                Error = new CellError("System.InvalidOperationException", "the cell failed on purpose\nsecond line", ["System.InvalidOperationException: the cell failed on purpose", "   at Submission#1.<<Initialize>>d__0.MoveNext()"]),
            },
            new CellResult(3, null, "Console.WriteLine(x);", CellResultKind.NotRun, TimeSpan.Zero) { Reason = "not run because cell 2 [throws] failed" },
        ],
        TimeSpan.FromSeconds(1.5));

    public static NotebookResult TimedOut(string path = "hangs.ipynb") => new(
        path,
        [
            new CellResult(1, "hangs", "await Task.Delay(Timeout.Infinite);", CellResultKind.TimedOut, TimeSpan.FromSeconds(0.5))
            {
                Error = CellError.Thrown("TimeoutException", "the cell ran past its timeout of 0.5 s"),
            },
        ],
        TimeSpan.FromSeconds(0.6));

    public static NotebookFormatException Unreadable(string path = "broken.ipynb") => new(path, null, "not JSON\nat line 3");
}
