using Notebooks.Cli.Workers;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Tests.Workers;

/// <summary>Every worker message survives the channel's line format: the supervisor reads what the worker wrote.</summary>
public sealed class WorkerChannelTests
{
    private static readonly WorkerMessage[] Messages =
    [
        new CellStartingMessage(new CellStart(3, "abc", TimeSpan.FromSeconds(120))),
        new CellFinishedMessage(new CellResult(4, null, "var x = 1;", CellResultKind.Passed, TimeSpan.FromMilliseconds(12.5))),
        new NotebookFinishedMessage(TimeSpan.FromSeconds(2.25)),
        new WriteFailedMessage("cannot write out/a.ipynb: disk full"),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Parse_FormattedMessage_ReturnsAnEqualMessage(int index)
    {
        var message = Messages[index];
        var line = WorkerChannel.Format(message);

        Assert.DoesNotContain('\n', line);
        Assert.Equal(message, WorkerChannel.Parse(line));
    }

    [Fact]
    public void Parse_FailedCellWithError_KeepsTheErrorAndTheKindAsText()
    {
        var error = new CellError("InvalidOperationException", "boom\nsecond line", ["cell 2:line 1", "at Run()"]);
        var result = new CellResult(2, "id-2", "throw", CellResultKind.TimedOut, TimeSpan.FromSeconds(1)) { Error = error, Reason = "timed out" };
        var line = WorkerChannel.Format(new CellFailedLateMessage(result));

        var parsed = Assert.IsType<CellFailedLateMessage>(WorkerChannel.Parse(line));

        Assert.Contains("\"kind\":\"TimedOut\"", line, StringComparison.Ordinal);
        Assert.Contains("\"event\":\"cell-failed-late\"", line, StringComparison.Ordinal);
        Assert.Equal(result with { Error = null }, parsed.Result with { Error = null });
        Assert.Equal(error.Traceback, parsed.Result.Error!.Traceback);
        Assert.Equal((error.Name, error.Value), (parsed.Result.Error.Name, parsed.Result.Error.Value));
    }

    [Fact]
    public void Parse_InfrastructureError_KeepsItsKind()
    {
        var result = new CellResult(1, null, "#r \"nuget: X\"", CellResultKind.Failed, TimeSpan.Zero) { Error = CellError.Of(CellErrorKind.Restore, "no such package") };

        var parsed = Assert.IsType<CellFinishedMessage>(WorkerChannel.Parse(WorkerChannel.Format(new CellFinishedMessage(result))));

        Assert.Equal(CellErrorKind.Restore, parsed.Result.Error!.Kind);
        Assert.True(parsed.Result.IsInfrastructure);
    }

    [Fact]
    public void Parse_Crash_KeepsItsErrorAndItsCell()
    {
        var line = WorkerChannel.Format(new CrashMessage(CellError.Thrown("StackOverflow", "the worker's stack overflowed"), 3));

        var parsed = Assert.IsType<CrashMessage>(WorkerChannel.Parse(line));

        Assert.Equal(("StackOverflow", "the worker's stack overflowed", 3), (parsed.Error.Name, parsed.Error.Value, parsed.Cell));
        Assert.Equal(["StackOverflow: the worker's stack overflowed"], parsed.Error.Traceback);
    }

    [Theory]
    [InlineData("PASS plain output")]
    [InlineData("\u001e#notebooks {not json")]
    public void Parse_NotAMessage_ReturnsNull(string line) => Assert.Null(WorkerChannel.Parse(line));
}
