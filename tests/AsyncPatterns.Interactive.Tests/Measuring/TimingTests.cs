using Microsoft.Extensions.Time.Testing;
using static AsyncPatterns.Interactive.Measuring.Timing;

namespace AsyncPatterns.Interactive.Tests.Measuring;

public sealed class TimingTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task MeasureAsync_WorkAdvancesTheClock_ReportsTheElapsedTime()
    {
        var measurement = await MeasureAsync(() => Take(203), clock);

        Assert.Equal(TimeSpan.FromMilliseconds(203), measurement.Elapsed);
        Assert.Equal("elapsed 203 ms", measurement.ToString());
    }

    [Fact]
    public async Task MeasureAsyncOfT_WorkReturnsAValue_KeepsTheResult()
    {
        var (elapsed, result) = await MeasureAsync(async () =>
        {
            await Take(12.5);
            return 42;
        }, clock);

        Assert.Equal((TimeSpan.FromMilliseconds(12.5), 42), (elapsed, result));
    }

    [Fact]
    public async Task MeasureAsync_SystemClock_MeasuresRealWork()
    {
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        var measuring = MeasureAsync(() => gate.Task);
        gate.SetResult("done");
        var measurement = await measuring;

        Assert.Equal("done", measurement.Result);
        Assert.True(measurement.Elapsed >= TimeSpan.Zero);
        Assert.StartsWith("elapsed ", measurement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareAsync_EvenRepeat_MedianIsTheMeanOfTheMiddleTwo()
    {
        var times = new Queue<double>([10, 40, 20, 30]);

        var comparison = await CompareAsync(clock, 4, ("only", () => Take(times.Dequeue())));

        var row = comparison.Row("only");
        Assert.Equal(
            (TimeSpan.FromMilliseconds(25), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(40), 4, TimeSpan.FromMilliseconds(30)),
            (row.Median, row.Min, row.Max, row.Runs, row.Spread));
        Assert.Equal([10.0, 40, 20, 30], row.Samples.Select(s => s.TotalMilliseconds));
    }

    [Fact]
    public async Task CompareAsync_OddRepeat_MedianIsTheMiddleRun()
    {
        var times = new Queue<double>([50, 10, 30]);

        var comparison = await CompareAsync(clock, 3, ("only", () => Take(times.Dequeue())));

        Assert.Equal(TimeSpan.FromMilliseconds(30), comparison.Rows.Single().Median);
    }

    [Fact]
    public async Task CompareAsync_TwoVariants_RatiosAreToTheFastestMedian()
    {
        var comparison = await CompareAsync(clock, 2, ("sequential", () => Take(600)), ("concurrent", () => Take(200)));

        Assert.Equal("concurrent", comparison.Fastest.Name);
        Assert.Equal(3.0, comparison.Ratio("sequential", "concurrent"), 9);
        Assert.Equal(1.0 / 3, comparison.Ratio("concurrent", "sequential"), 9);
        Assert.Equal([3.0, 1.0], comparison.Rows.Select(row => row.RatioToFastest));
        Assert.Equal(["sequential", "concurrent"], comparison.Rows.Select(row => row.Name));
    }

    [Fact]
    public async Task CompareAsync_Repeat_RunsVariantsRoundRobin()
    {
        var order = new List<string>();

        await CompareAsync(clock, 2, ("a", () => Record(order, "a")), ("b", () => Record(order, "b")));

        Assert.Equal(["a", "b", "a", "b"], order);
    }

    [Fact]
    public async Task CompareAsync_NoRepeat_RunsEachVariantOnce()
    {
        var order = new List<string>();

        var comparison = await CompareAsync(("a", () => Record(order, "a")), ("b", () => Record(order, "b")));

        Assert.Equal(["a", "b"], order);
        Assert.All(comparison.Rows, row => Assert.Equal(1, row.Runs));
    }

    [Fact]
    public async Task CompareAsync_ZeroTimes_RatioIsOne()
    {
        var comparison = await CompareAsync(clock, 1, ("a", () => Task.CompletedTask), ("b", () => Task.CompletedTask));

        Assert.Equal((1.0, "a"), (comparison.Ratio("a", "b"), comparison.Fastest.Name));
    }

    [Fact]
    public async Task CompareAsync_DuplicateNames_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CompareAsync(("a", () => Task.CompletedTask), ("a", () => Task.CompletedTask)));
    }

    [Fact]
    public async Task CompareAsync_RepeatZero_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CompareAsync(0, ("a", () => Task.CompletedTask)));
    }

    [Fact]
    public async Task Row_UnknownName_ThrowsNamingTheVariants()
    {
        var comparison = await CompareAsync(clock, 1, ("a", () => Task.CompletedTask));

        var error = Assert.Throws<KeyNotFoundException>(() => comparison.Row("b"));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    private Task Take(double milliseconds)
    {
        clock.Advance(TimeSpan.FromMilliseconds(milliseconds));
        return Task.CompletedTask;
    }

    private static Task Record(List<string> order, string name)
    {
        order.Add(name);
        return Task.CompletedTask;
    }
}
