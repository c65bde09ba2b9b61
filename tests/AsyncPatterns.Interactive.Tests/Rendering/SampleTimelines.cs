using AsyncPatterns.Interactive.Timelines;
using Microsoft.Extensions.Time.Testing;

namespace AsyncPatterns.Interactive.Tests.Rendering;

/// <summary>Deterministic timelines on a fake clock, ordered by gates, for the renderer tests.</summary>
internal static class SampleTimelines
{
    /// <summary>Spans of every outcome on two lanes, two marks and pool samples every 5 ms.</summary>
    /// <remarks>
    /// io: "download &lt;a&amp;b&gt;" 2→10 ms (RanToCompletion), "stuck" 12 ms→ (Running);
    /// cpu: "parse" 5→14 ms (Faulted, InvalidOperationException), "cancelled" 10→12 ms (Canceled, parent none).
    /// Marks "halfway" at 5 ms and "done" at 14 ms; the timeline is 20 ms long.
    /// </remarks>
    public static async Task<Timeline> MixedAsync(FakeTimeProvider clock)
    {
        var timeline = new Timeline(clock).SampleThreadPool(TimeSpan.FromMilliseconds(5));
        clock.Advance(TimeSpan.FromMilliseconds(2));
        var download = new TaskCompletionSource();
        var downloaded = timeline.Track("download <a&b>", () => download.Task, "io");
        clock.Advance(TimeSpan.FromMilliseconds(3));
        timeline.Mark("halfway");
        var parse = new TaskCompletionSource();
        var parsed = timeline.Track("parse", () => parse.Task, "cpu");
        clock.Advance(TimeSpan.FromMilliseconds(5));
        download.SetResult();
        await downloaded;
        var cancel = new TaskCompletionSource();
        var cancelled = timeline.Track("cancelled", () => cancel.Task, "cpu");
        clock.Advance(TimeSpan.FromMilliseconds(2));
        cancel.SetCanceled();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        _ = timeline.Track("stuck", () => new TaskCompletionSource().Task, "io");
        clock.Advance(TimeSpan.FromMilliseconds(2));
        parse.SetException(new InvalidOperationException("boom"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => parsed);
        timeline.Mark("done");
        clock.Advance(TimeSpan.FromMilliseconds(1)); // the fake clock fires a timer at the time it is advanced to, so stop at the 15 ms sample
        clock.Advance(TimeSpan.FromMilliseconds(5));
        timeline.Stop();
        return timeline;
    }

    /// <summary><paramref name="count"/> completed spans, 1 ms each, spread over <paramref name="lanes"/> lanes.</summary>
    public static Timeline Completed(FakeTimeProvider clock, int count, int lanes = 5)
    {
        var timeline = new Timeline(clock);
        for (var i = 0; i < count; i++)
        {
            var gate = new TaskCompletionSource();
            var tracked = timeline.Track($"work-{i}", () => gate.Task, $"lane-{i % lanes}");
            clock.Advance(TimeSpan.FromMilliseconds(1));
            gate.SetResult();
            tracked.GetAwaiter().GetResult();
        }

        timeline.Stop();
        return timeline;
    }
}
