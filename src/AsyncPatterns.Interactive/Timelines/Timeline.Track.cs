namespace AsyncPatterns.Interactive.Timelines;

/// <summary>Tracking work: each overload records a span around the work and returns the work's own task.</summary>
public sealed partial class Timeline
{
    /// <summary>Runs and records <paramref name="work"/> on the lane named after it.</summary>
    public Task Track(string name, Func<Task> work) => Track(name, work, name);

    /// <summary>Runs and records <paramref name="work"/> on <paramref name="lane"/>.</summary>
    public Task Track(string name, Func<Task> work, string lane)
    {
        ArgumentNullException.ThrowIfNull(work);
        return TrackCore(name, work, lane);
    }

    private Task TrackCore(string name, Func<Task> work, string lane)
    {
        var span = Begin(name, lane);
        var task = Run(span, work);
        if (task.IsCompleted)
        {
            End(span, task);
            return task;
        }

        return AwaitAsync(task, span);
    }

    /// <summary>Runs and records <paramref name="work"/>, returning its result.</summary>
    public Task<T> Track<T>(string name, Func<Task<T>> work) => Track(name, work, name);

    /// <summary>Runs and records <paramref name="work"/> on <paramref name="lane"/>, returning its result.</summary>
    public Task<T> Track<T>(string name, Func<Task<T>> work, string lane)
    {
        ArgumentNullException.ThrowIfNull(work);
        var span = Begin(name, lane);
        var task = Run(span, work);
        if (task.IsCompleted)
        {
            End(span, task);
            return task;
        }

        return AwaitAsync(task, span);
    }

    /// <summary>Runs and records <paramref name="work"/>, passing it <paramref name="cancellationToken"/>.</summary>
    public Task Track(string name, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return TrackCore(name, () => work(cancellationToken), name);
    }

    /// <summary>Runs and records <paramref name="work"/>, passing it <paramref name="cancellationToken"/>, returning its result.</summary>
    public Task<T> Track<T>(string name, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Track(name, () => work(cancellationToken), name);
    }

    /// <summary>Runs and records blocking work on the calling thread.</summary>
    public void Track(string name, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var span = Begin(name, name);
        var previous = CurrentSpan.Value;
        CurrentSpan.Value = span;
        try
        {
            work();
            End(span, SpanOutcome.RanToCompletion, null);
        }
        catch (Exception e)
        {
            End(span, e);
            throw;
        }
        finally
        {
            CurrentSpan.Value = previous;
        }
    }

    /// <summary>Starts the work with <paramref name="span"/> as the current span; a synchronous throw ends the span.</summary>
    private TTask Run<TTask>(SpanRecord span, Func<TTask> work)
        where TTask : Task
    {
        var previous = CurrentSpan.Value;
        CurrentSpan.Value = span;
        try
        {
            return work();
        }
        catch (Exception e)
        {
            End(span, e);
            throw;
        }
        finally
        {
            CurrentSpan.Value = previous;
        }
    }

    private async Task<T> AwaitAsync<T>(Task<T> task, SpanRecord span)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        finally
        {
            End(span, task);
        }
    }

    private async Task AwaitAsync(Task task, SpanRecord span)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        finally
        {
            End(span, task);
        }
    }

    private SpanRecord Begin(string name, string lane)
    {
        ArgumentNullException.ThrowIfNull(name);
        var start = Clock.GetTimestamp();
        var parent = CurrentSpan.Value;
        Interlocked.Increment(ref inFlight);
        lock (gate)
        {
            var span = new SpanRecord(spans.Count, name, lane, start, Environment.CurrentManagedThreadId, parent?.Id);
            spans.Add(span);
            return span;
        }
    }

    private void End(SpanRecord span, Task task) =>
        End(span, task.Status switch
        {
            TaskStatus.RanToCompletion => SpanOutcome.RanToCompletion,
            TaskStatus.Canceled => SpanOutcome.Canceled,
            _ => task.Exception?.InnerException is OperationCanceledException ? SpanOutcome.Canceled : SpanOutcome.Faulted,
        }, task.Exception?.InnerException);

    private void End(SpanRecord span, Exception exception) =>
        End(span, exception is OperationCanceledException ? SpanOutcome.Canceled : SpanOutcome.Faulted, exception);

    private void End(SpanRecord span, SpanOutcome outcome, Exception? exception)
    {
        span.Finish(Clock.GetTimestamp(), outcome, outcome == SpanOutcome.Canceled ? null : exception);
        Interlocked.Decrement(ref inFlight);
    }
}
