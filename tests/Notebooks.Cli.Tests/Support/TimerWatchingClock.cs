using Microsoft.Extensions.Time.Testing;

namespace Notebooks.Cli.Tests.Support;

/// <summary>A fake clock that also tells when its next timer is set, and for how long: a test waits for that before it moves the clock.</summary>
internal sealed class TimerWatchingClock : FakeTimeProvider
{
    private readonly Lock gate = new();
    private TaskCompletionSource<TimeSpan> nextTimer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the due time of the next timer set after this call.</summary>
    public Task<TimeSpan> NextTimerAsync()
    {
        lock (gate)
        {
            return (nextTimer = new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (gate)
        {
            nextTimer.TrySetResult(dueTime);
        }

        return timer;
    }
}
