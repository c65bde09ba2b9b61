namespace Notebooks.Cli.Workers;

/// <summary>Follows one worker's deadlines: wakes when its reader ends, the run is cancelled, a cell starts or ends, or the next deadline passes.</summary>
/// <param name="progress">What the worker reported so far.</param>
/// <param name="notebookTimeout">How long the notebook may run, or null for no limit.</param>
/// <param name="pastCellTimeout">How long past its timeout a running cell may go before its worker counts as hung (grace plus slack).</param>
/// <param name="clock">The clock the deadlines are measured on.</param>
internal sealed class WorkerWatch(WorkerProgress progress, TimeSpan? notebookTimeout, TimeSpan pastCellTimeout, TimeProvider clock)
{
    /// <summary>The longest single wait: a deadline further off is looked at again after it (a timer cannot be set past about 49 days).</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    /// <summary>Null once <paramref name="reading"/> ends (the worker closed its output); else why the worker must be stopped.</summary>
    /// <param name="reading">The task reading the worker's messages.</param>
    /// <param name="started">When the notebook started, as a timestamp of the clock.</param>
    /// <param name="cancellationToken">The run's cancellation.</param>
    public async Task<WorkerEnd?> UntilStoppedAsync(Task reading, long started, CancellationToken cancellationToken)
    {
        // One task for the run's cancellation, not one per wake-up: each would stay registered on the token until the run ends.
        var interrupted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() => interrupted.TrySetResult());
        while (true)
        {
            // Taken before the running cell is read, so a cell that starts or ends in between still wakes the watch.
            var changed = progress.NextChange;
            if (reading.IsCompleted)
            {
                return null;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return WorkerEnd.Interrupted;
            }

            var next = NextDeadline(started);
            if (next is { Due: var due } && due <= TimeSpan.Zero)
            {
                return next.Value.End;
            }

            using var stopWaiting = new CancellationTokenSource();
            var deadline = Task.Delay(next is null ? Timeout.InfiniteTimeSpan : Min(next.Value.Due, LongestWait), clock, stopWaiting.Token);
            await Task.WhenAny(reading, interrupted.Task, changed, deadline).ConfigureAwait(false);
            stopWaiting.Cancel();
        }
    }

    /// <summary>The nearer of the notebook's deadline and the running cell's, and how far off it is; null when there is neither.</summary>
    private (WorkerEnd End, TimeSpan Due)? NextDeadline(long started)
    {
        (WorkerEnd End, TimeSpan Due)? notebook = notebookTimeout is { } limit ? (WorkerEnd.NotebookTimedOut, limit - clock.GetElapsedTime(started)) : null;
        (WorkerEnd End, TimeSpan Due)? cell = progress.Running is { } running
            ? (WorkerEnd.CellHung, running.Cell.Timeout + pastCellTimeout - clock.GetElapsedTime(running.StartedAt))
            : null;
        return cell is null || notebook?.Due <= cell.Value.Due ? notebook : cell;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
