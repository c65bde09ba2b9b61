using Notebooks.Cli.Tests.Support;
using Notebooks.Cli.Workers;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Tests.Workers;

/// <summary>The supervisor's deadlines on a fake clock: a hung cell, a cell that ends in time, the notebook timeout, an interrupt.</summary>
/// <remarks>Before a test moves the clock it waits for the watch to set its timer, so the watch has seen every message applied so far.</remarks>
public sealed class WorkerWatchTests
{
    private static readonly TimeSpan CellTimeout = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan PastTimeout = SupervisionTimings.Default.CancellationGrace + SupervisionTimings.Default.KillSlack;

    /// <summary>How long a test waits for a watch that should have ended already; only a broken watch ever reaches it.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private readonly TimerWatchingClock clock = new();
    private readonly WorkerProgress progress = new();
    private readonly TaskCompletionSource reading = new();

    [Fact]
    public async Task UntilStoppedAsync_CellRunsPastItsTimeoutGraceAndSlack_StopsTheWorkerAsHungAtThatDeadline()
    {
        var stopped = Watch();
        var armed = clock.NextTimerAsync();
        Start(2);
        Assert.Equal(CellTimeout + PastTimeout, await armed.WaitAsync(Guard));

        clock.Advance(CellTimeout + PastTimeout - TimeSpan.FromMilliseconds(1));
        Assert.False(stopped.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(WorkerEnd.CellHung, await stopped.WaitAsync(Guard));
    }

    [Fact]
    public async Task UntilStoppedAsync_WorkerEndsJustBeforeTheHungCellsDeadline_DoesNotStopIt()
    {
        var stopped = Watch();
        var armed = clock.NextTimerAsync();
        Start(2);
        await armed.WaitAsync(Guard);

        clock.Advance(CellTimeout + PastTimeout - TimeSpan.FromMilliseconds(1));
        reading.SetResult();

        Assert.Null(await stopped.WaitAsync(Guard));
    }

    [Fact]
    public async Task UntilStoppedAsync_CellEndsBeforeItsDeadline_IsNotStoppedWhenTheDeadlinePasses()
    {
        var stopped = Watch();
        var armed = clock.NextTimerAsync();
        Start(2);
        await armed.WaitAsync(Guard);
        clock.Advance(CellTimeout / 2);

        Finish(2);
        clock.Advance(TimeSpan.FromHours(1));
        reading.SetResult();

        Assert.Null(await stopped.WaitAsync(Guard));
    }

    [Fact]
    public async Task UntilStoppedAsync_NextCellStarts_TheDeadlineIsItsOwnNotTheFirstCells()
    {
        var stopped = Watch();
        var armed = clock.NextTimerAsync();
        Start(2);
        await armed.WaitAsync(Guard);
        clock.Advance(CellTimeout / 2);
        armed = clock.NextTimerAsync();
        Finish(2);
        Start(3);
        Assert.Equal(CellTimeout + PastTimeout, await armed.WaitAsync(Guard));

        clock.Advance(CellTimeout / 2 + PastTimeout);
        Assert.False(stopped.IsCompleted);
        clock.Advance(CellTimeout / 2);

        Assert.Equal(WorkerEnd.CellHung, await stopped.WaitAsync(Guard));
    }

    [Fact]
    public async Task UntilStoppedAsync_NotebookTimeoutBeforeTheCellsDeadline_StopsTheWorkerAtTheNotebookTimeout()
    {
        var limit = TimeSpan.FromSeconds(10);
        var stopped = Watch(limit);
        var armed = clock.NextTimerAsync();
        Start(2, timeout: TimeSpan.FromSeconds(100));
        Assert.Equal(limit, await armed.WaitAsync(Guard));

        clock.Advance(limit - TimeSpan.FromMilliseconds(1));
        Assert.False(stopped.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(WorkerEnd.NotebookTimedOut, await stopped.WaitAsync(Guard));
    }

    [Fact]
    public async Task UntilStoppedAsync_RunCancelled_StopsTheWorkerAsInterrupted()
    {
        using var cancel = new CancellationTokenSource();
        var stopped = Watch(cancellationToken: cancel.Token);
        Start(2);

        await cancel.CancelAsync();

        Assert.Equal(WorkerEnd.Interrupted, await stopped.WaitAsync(Guard));
    }

    private Task<WorkerEnd?> Watch(TimeSpan? notebookTimeout = null, CancellationToken cancellationToken = default) =>
        new WorkerWatch(progress, notebookTimeout, PastTimeout, clock).UntilStoppedAsync(reading.Task, clock.GetTimestamp(), cancellationToken);

    private void Start(int number, TimeSpan? timeout = null) =>
        progress.Apply(new CellStartingMessage(new CellStart(number, null, timeout ?? CellTimeout)), clock.GetTimestamp());

    private void Finish(int number) =>
        progress.Apply(new CellFinishedMessage(new CellResult(number, null, "", CellResultKind.Passed, CellTimeout / 2)), clock.GetTimestamp());
}
