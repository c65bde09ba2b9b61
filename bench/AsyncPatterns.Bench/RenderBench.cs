using AsyncPatterns.Interactive.Timelines;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;

namespace AsyncPatterns.Bench;

/// <summary>Rendering 10,000 spans on 20 lanes, with marks and thread-pool samples: goals HTML &lt;= 250 ms, SVG &lt;= 100 ms.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RenderBench
{
    private Timeline timeline = null!;

    [Params(10_000)]
    public int Spans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var clock = new FakeTimeProvider();
        timeline = new Timeline(clock).SampleThreadPool(TimeSpan.FromMilliseconds(10));
        var running = new List<(TaskCompletionSource Gate, Task Tracked)>();
        for (var i = 0; i < Spans; i++)
        {
            var gate = new TaskCompletionSource();
            running.Add((gate, timeline.Track($"request {i}", () => gate.Task, $"worker {i % 20}")));
            clock.Advance(TimeSpan.FromMilliseconds(0.3));
            if (running.Count == 8)
            {
                FinishOldest(running, i);
            }

            if (i % 1000 == 0)
            {
                timeline.Mark($"batch {i / 1000}");
            }
        }

        while (running.Count > 0)
        {
            FinishOldest(running, 0);
        }

        timeline.Stop();
    }

    [Benchmark]
    public int Html() => timeline.ToHtml().Length;

    [Benchmark]
    public int Svg() => timeline.ToSvg().Length;

    [Benchmark]
    public int ChromeTrace() => timeline.ToChromeTrace().Length;

    [Benchmark]
    public int Text() => timeline.ToString().Length;

    private static void FinishOldest(List<(TaskCompletionSource Gate, Task Tracked)> running, int i)
    {
        var (gate, tracked) = running[0];
        running.RemoveAt(0);
        if (i % 97 == 0)
        {
            gate.SetException(new TimeoutException());
        }
        else
        {
            gate.SetResult();
        }

        _ = tracked.Exception;
    }
}
