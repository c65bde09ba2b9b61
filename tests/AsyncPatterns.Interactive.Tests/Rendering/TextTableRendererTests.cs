using System.Globalization;
using AsyncPatterns.Interactive.Timelines;
using Microsoft.Extensions.Time.Testing;

namespace AsyncPatterns.Interactive.Tests.Rendering;

public sealed class TextTableRendererTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task ToString_MixedTimeline_ListsEverySpanWithItsOutcome()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        var lines = timeline.ToString().Split('\n');

        Assert.StartsWith("Timeline: 4 spans, 2 lanes, 20 ms", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("download <a&b>", StringComparison.Ordinal) && l.Contains("RanToCompletion", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("parse", StringComparison.Ordinal) && l.Contains("Faulted (InvalidOperationException)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("cancelled", StringComparison.Ordinal) && l.Contains("Canceled", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("stuck", StringComparison.Ordinal) && l.Contains("Running", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ToString_Spans_ShowStartEndDurationAndThreads()
    {
        var thread = Environment.CurrentManagedThreadId;
        var timeline = await SampleTimelines.MixedAsync(clock);

        var row = timeline.ToString().Split('\n').Single(l => l.Contains("parse", StringComparison.Ordinal));

        Assert.Matches(@"^cpu\s+parse\s+5\s+14\s+9\s+\d+→\d+\s+Faulted", row);
        Assert.Contains($"{thread}→", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToString_MarksAndSamples_AreSummarised()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        var text = timeline.ToString();

        Assert.Contains("marks: halfway @ 5 ms, done @ 14 ms", text, StringComparison.Ordinal);
        Assert.Matches(@"samples: 5, max threads \d+, max queue \d+, max in flight 2", text);
    }

    [Fact]
    public void ToString_GermanCulture_UsesInvariantNumbers()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var timeline = new Timeline(clock);
            clock.Advance(TimeSpan.FromMilliseconds(1.5));
            timeline.Track("tick", () => { });
            clock.Advance(TimeSpan.FromMilliseconds(1));
            timeline.Stop();

            Assert.Contains("2.5 ms", timeline.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToString_EmptyTimeline_IsOneLine()
    {
        using var timeline = new Timeline(clock);

        Assert.Equal("Timeline: 0 spans, 0 lanes, 0 ms\n", timeline.ToString());
    }
}
