using Notebooks.Cli.Workers;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Tests.Workers;

/// <summary>What the supervisor knows of a worker's notebook follows its messages in order.</summary>
public sealed class WorkerProgressTests
{
    private static readonly CellStart Second = new(2, "b", TimeSpan.FromSeconds(30));

    [Fact]
    public void Apply_CellStarting_IsRunningSinceItsTimestamp_UntilTheCellFinishes()
    {
        var progress = new WorkerProgress();

        progress.Apply(new CellStartingMessage(Second), 1234);

        Assert.Equal((Second, 1234L), progress.Running);
        progress.Apply(new CellFinishedMessage(Passed(2)), 5678);
        Assert.Null(progress.Running);
        Assert.Equal([Passed(2)], progress.Results);
    }

    [Fact]
    public void Apply_CellFailedLate_ReplacesThatCellsResultInPlace()
    {
        var progress = new WorkerProgress();
        progress.Apply(new CellFinishedMessage(Passed(1)), 0);
        progress.Apply(new CellFinishedMessage(Passed(2)), 0);
        progress.Apply(new CellFinishedMessage(Passed(3)), 0);
        var late = Passed(2) with { Kind = CellResultKind.Failed };

        progress.Apply(new CellFailedLateMessage(late), 0);

        Assert.Equal([Passed(1), late, Passed(3)], progress.Results);
    }

    [Fact]
    public void Apply_CellFailedLateOfACellThatNeverEnded_IsIgnored()
    {
        var progress = new WorkerProgress();
        progress.Apply(new CellFinishedMessage(Passed(1)), 0);

        progress.Apply(new CellFailedLateMessage(Passed(7) with { Kind = CellResultKind.Failed }), 0);

        Assert.Equal([Passed(1)], progress.Results);
    }

    [Fact]
    public void Results_TakenEarlier_DoNotChangeWithLaterMessages()
    {
        var progress = new WorkerProgress();
        progress.Apply(new CellFinishedMessage(Passed(1)), 0);
        var earlier = progress.Results;

        progress.Apply(new CellFinishedMessage(Passed(2)), 0);

        Assert.Single(earlier);
        Assert.Equal(2, progress.Results.Count);
    }

    [Fact]
    public void WroteNotebook_OnlyOnceACellEnded_AndNotAfterAWriteFailed()
    {
        var progress = new WorkerProgress();
        progress.Apply(new CellStartingMessage(Second), 0);
        Assert.False(progress.WroteNotebook);

        progress.Apply(new CellFinishedMessage(Passed(2)), 0);
        Assert.True(progress.WroteNotebook);

        progress.Apply(new WriteFailedMessage("cannot write the executed notebook out/a.ipynb: disk full"), 0);
        progress.Apply(new WriteFailedMessage("cannot write the executed notebook out/a.ipynb: a later problem"), 0);
        Assert.False(progress.WroteNotebook);
        Assert.Equal("cannot write the executed notebook out/a.ipynb: disk full", progress.WriteProblem);
    }

    [Fact]
    public void Apply_CrashAndNotebookFinished_AreKept()
    {
        var progress = new WorkerProgress();
        var crash = new CrashMessage(Kernel.Execution.CellError.Thrown("InvalidOperationException", "boom"), 2);

        progress.Apply(crash, 0);
        progress.Apply(new NotebookFinishedMessage(TimeSpan.FromSeconds(3)), 0);

        Assert.Equal(crash, progress.Crash);
        Assert.Equal(TimeSpan.FromSeconds(3), progress.Finished!.Duration);
    }

    private static CellResult Passed(int number) => new(number, null, $"cell {number}", CellResultKind.Passed, TimeSpan.FromMilliseconds(number));
}
