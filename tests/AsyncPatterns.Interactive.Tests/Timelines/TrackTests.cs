using AsyncPatterns.Interactive.Timelines;
using Microsoft.Extensions.Time.Testing;

namespace AsyncPatterns.Interactive.Tests.Timelines;

public sealed class TrackTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task Track_CompletedWork_RecordsStartEndAndOutcome()
    {
        var timeline = new Timeline(clock);
        clock.Advance(TimeSpan.FromMilliseconds(5));

        await timeline.Track("quick", () => Task.CompletedTask);

        var span = Assert.Single(timeline.Spans);
        Assert.Equal(("quick", "quick", TimeSpan.FromMilliseconds(5), (TimeSpan?)TimeSpan.FromMilliseconds(5), SpanOutcome.RanToCompletion), (span.Name, span.Lane, span.Start, span.End, span.Outcome));
    }

    [Fact]
    public async Task Track_PendingWork_EndsWhenTheWorkCompletes()
    {
        var timeline = new Timeline(clock);
        var gate = new TaskCompletionSource();

        var tracked = timeline.Track("slow", () => gate.Task);
        clock.Advance(TimeSpan.FromMilliseconds(40));
        var running = timeline.Spans.Single();
        gate.SetResult();
        await tracked;

        Assert.Equal(SpanOutcome.Running, running.Outcome);
        Assert.Null(running.End);
        Assert.Equal(TimeSpan.FromMilliseconds(40), timeline.Spans.Single().End);
    }

    [Fact]
    public async Task Track_FaultedWork_RecordsTheExceptionTypeAndRethrows()
    {
        var timeline = new Timeline(clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => timeline.Track("bad", async () =>
        {
            await Task.Yield();
            throw new InvalidOperationException("boom");
        }));

        var span = timeline.Spans.Single();
        Assert.Equal((SpanOutcome.Faulted, "InvalidOperationException"), (span.Outcome, span.ExceptionType));
    }

    [Fact]
    public async Task Track_CancelledWork_IsMarkedCanceled()
    {
        var timeline = new Timeline(clock);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => timeline.Track("cancelled", ct => Task.Delay(1000, ct), cancellation.Token));

        Assert.Equal(SpanOutcome.Canceled, timeline.Spans.Single().Outcome);
    }

    [Fact]
    public void Track_SynchronousWorkThatThrows_IsFaulted()
    {
        var timeline = new Timeline(clock);

        Assert.Throws<FormatException>(() => timeline.Track("parse", () => { _ = int.Parse("x", System.Globalization.CultureInfo.InvariantCulture); }));

        Assert.Equal(SpanOutcome.Faulted, timeline.Spans.Single().Outcome);
    }

    [Fact]
    public async Task Track_Nested_RecordsTheParent()
    {
        var timeline = new Timeline(clock);

        await timeline.Track("outer", async () =>
        {
            await Task.Yield();
            await timeline.Track("inner", () => Task.CompletedTask);
        });

        var spans = timeline.Spans;
        Assert.Null(spans[0].ParentId);
        Assert.Equal(spans[0].Id, spans[1].ParentId);
    }

    [Fact]
    public async Task TrackOfT_ReturnsTheResult_OnTheGivenLane()
    {
        var timeline = new Timeline(clock);

        var value = await timeline.Track("answer", async () => { await Task.Yield(); return 42; }, "math");

        Assert.Equal(42, value);
        Assert.Equal("math", timeline.Spans.Single().Lane);
    }

    [Fact]
    public void SampleThreadPool_SamplesEveryIntervalUntilStopped()
    {
        var timeline = new Timeline(clock).SampleThreadPool(TimeSpan.FromMilliseconds(10));

        clock.Advance(TimeSpan.FromMilliseconds(10));
        clock.Advance(TimeSpan.FromMilliseconds(10));
        timeline.Stop();
        clock.Advance(TimeSpan.FromMilliseconds(50));

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20)], timeline.Samples.Select(s => s.At));
        Assert.All(timeline.Samples, s => Assert.True(s.ThreadCount >= 0));
    }

    [Fact]
    public async Task SampleThreadPool_CountsSpansInFlight()
    {
        var timeline = new Timeline(clock).SampleThreadPool(TimeSpan.FromMilliseconds(10));
        var gate = new TaskCompletionSource();

        var work = Task.WhenAll(timeline.Track("a", () => gate.Task), timeline.Track("b", () => gate.Task));
        clock.Advance(TimeSpan.FromMilliseconds(10));
        gate.SetResult();
        await work;
        clock.Advance(TimeSpan.FromMilliseconds(10));

        Assert.Equal([0, 2, 0], timeline.Samples.Select(s => s.InFlight));
    }

    [Fact]
    public void Mark_RecordsAPointEvent()
    {
        var timeline = new Timeline(clock);
        clock.Advance(TimeSpan.FromSeconds(1));

        timeline.Mark("ready");

        Assert.Equal(("ready", TimeSpan.FromSeconds(1)), (timeline.Marks.Single().Label, timeline.Marks.Single().At));
    }

    [Fact]
    public async Task Track_ManyThreadsAtOnce_RecordsEverySpanWithUniqueIds()
    {
        var timeline = new Timeline();

        await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => Task.Run(() => timeline.Track($"t{i}", () => Task.Delay(1)))));

        Assert.Equal(1000, timeline.Spans.Select(s => s.Id).Distinct().Count());
        Assert.All(timeline.Spans, s => Assert.Equal(SpanOutcome.RanToCompletion, s.Outcome));
    }
}
