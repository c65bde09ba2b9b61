using AsyncPatterns.Interactive.Timelines;
using BenchmarkDotNet.Attributes;

namespace AsyncPatterns.Bench;

/// <summary>The cost of recording one span around work that has already completed: goal &lt;= 300 ns and &lt;= 200 bytes per span.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class TrackBench
{
    /// <summary>A fresh timeline every this many spans, so the span list's growth is paid (amortised) but memory stays bounded.</summary>
    private const int SpansPerTimeline = 1 << 16;
    private static readonly Func<Task> Completed = () => Task.CompletedTask;
    private Timeline timeline = new();
    private int count;

    [Benchmark]
    public Task TrackCompletedTask()
    {
        if (++count == SpansPerTimeline)
        {
            count = 0;
            timeline = new Timeline();
        }

        return timeline.Track("work", Completed);
    }

    [Benchmark]
    public Task<int> TrackCompletedTaskOfT()
    {
        if (++count == SpansPerTimeline)
        {
            count = 0;
            timeline = new Timeline();
        }

        return timeline.Track("work", static () => Task.FromResult(42));
    }
}
