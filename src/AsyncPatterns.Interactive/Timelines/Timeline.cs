using System.Collections.Immutable;
using AsyncPatterns.Interactive.Formatting;

namespace AsyncPatterns.Interactive.Timelines;

/// <summary>Records when pieces of async work ran, on which threads and how they ended, to draw them on one time axis.</summary>
[TypeFormatterSource(typeof(TimelineFormatterSource), PreferredMimeTypes = ["text/html", "image/svg+xml", "text/plain"])]
public sealed partial class Timeline : IDisposable
{
    private static readonly AsyncLocal<SpanRecord?> CurrentSpan = new();
    private readonly Lock gate = new();
    private readonly List<SpanRecord> spans = [];
    private readonly List<TimelineMark> marks = [];
    private readonly List<PoolSample> samples = [];
    private readonly long origin;
    private ITimer? sampler;
    private long? stoppedAt;
    private int inFlight;

    /// <summary>Starts a timeline now, on <paramref name="timeProvider"/> (the system clock by default).</summary>
    public Timeline(TimeProvider? timeProvider = null)
    {
        Clock = timeProvider ?? TimeProvider.System;
        origin = Clock.GetTimestamp();
    }

    /// <summary>The clock the timeline reads.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Time since the timeline started, or its length once stopped.</summary>
    public TimeSpan Elapsed => Offset(stoppedAt ?? Clock.GetTimestamp());

    /// <summary>A snapshot of the spans, in start order.</summary>
    public IReadOnlyList<TimelineSpan> Spans
    {
        get
        {
            lock (gate)
            {
                return [.. spans.Select(s => s.Snapshot(Offset))];
            }
        }
    }

    /// <summary>A snapshot of the point events.</summary>
    public IReadOnlyList<TimelineMark> Marks
    {
        get
        {
            lock (gate)
            {
                return marks.ToImmutableArray();
            }
        }
    }

    /// <summary>A snapshot of the thread-pool samples.</summary>
    public IReadOnlyList<PoolSample> Samples
    {
        get
        {
            lock (gate)
            {
                return samples.ToImmutableArray();
            }
        }
    }

    /// <summary>Records a point event.</summary>
    public void Mark(string label)
    {
        var mark = new TimelineMark(label, Offset(Clock.GetTimestamp()), Environment.CurrentManagedThreadId);
        lock (gate)
        {
            marks.Add(mark);
        }
    }

    /// <summary>Samples the thread pool's thread count and queue and the spans in flight every <paramref name="interval"/> until stopped.</summary>
    public Timeline SampleThreadPool(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        lock (gate)
        {
            sampler?.Dispose();
            sampler = stoppedAt is null ? Clock.CreateTimer(_ => Sample(), null, TimeSpan.Zero, interval) : null;
        }

        return this;
    }

    /// <summary>Stops sampling and fixes the timeline's length; spans still running show as running.</summary>
    public void Stop()
    {
        lock (gate)
        {
            stoppedAt ??= Clock.GetTimestamp();
            sampler?.Dispose();
            sampler = null;
        }
    }

    /// <summary>Stops the timeline.</summary>
    public void Dispose() => Stop();

    private void Sample()
    {
        var sample = new PoolSample(Offset(Clock.GetTimestamp()), ThreadPool.ThreadCount, ThreadPool.PendingWorkItemCount, Volatile.Read(ref inFlight));
        lock (gate)
        {
            if (stoppedAt is null)
            {
                samples.Add(sample);
            }
        }
    }

    private TimeSpan Offset(long timestamp) => Clock.GetElapsedTime(origin, timestamp);
}
