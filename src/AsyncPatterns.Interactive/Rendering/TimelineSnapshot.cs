using System.Globalization;
using AsyncPatterns.Interactive.Timelines;

namespace AsyncPatterns.Interactive.Rendering;

/// <summary>One consistent view of a timeline for the renderers: spans, marks, samples, lanes in order of first use, and the length drawn.</summary>
internal sealed class TimelineSnapshot
{
    private readonly Dictionary<string, int> laneIndex = new(StringComparer.Ordinal);

    public TimelineSnapshot(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        Elapsed = timeline.Elapsed;
        Spans = timeline.Spans;
        Marks = timeline.Marks;
        Samples = timeline.Samples;
        var lanes = new List<string>();
        var length = Elapsed;
        foreach (var span in Spans)
        {
            if (laneIndex.TryAdd(span.Lane, lanes.Count))
            {
                lanes.Add(span.Lane);
            }

            length = Max(length, span.End ?? span.Start);
        }

        foreach (var mark in Marks)
        {
            length = Max(length, mark.At);
        }

        foreach (var sample in Samples)
        {
            length = Max(length, sample.At);
        }

        Lanes = lanes;
        Length = length;
    }

    /// <summary>The timeline's elapsed time when the snapshot was taken; running spans end here.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The time drawn: the elapsed time, or the latest event if one is later.</summary>
    public TimeSpan Length { get; }

    public IReadOnlyList<TimelineSpan> Spans { get; }

    public IReadOnlyList<TimelineMark> Marks { get; }

    public IReadOnlyList<PoolSample> Samples { get; }

    /// <summary>Lane names in order of first use.</summary>
    public IReadOnlyList<string> Lanes { get; }

    public int LaneOf(TimelineSpan span) => laneIndex[span.Lane];

    /// <summary>Where the span ends on the drawing: its end, or the snapshot's elapsed time while running.</summary>
    public TimeSpan EndOf(TimelineSpan span) => span.End ?? Max(Elapsed, span.Start);

    public static double Ms(TimeSpan time) => time.Ticks / (double)TimeSpan.TicksPerMillisecond;

    /// <summary>Milliseconds with up to three decimals, invariant culture.</summary>
    public static string FormatMs(TimeSpan time) => Ms(time).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The threads a span ran on, like <c>7→12</c>, or <c>7→…</c> while running.</summary>
    public static string Threads(TimelineSpan span) => span.EndThreadId is { } end
        ? string.Create(CultureInfo.InvariantCulture, $"{span.StartThreadId}→{end}")
        : string.Create(CultureInfo.InvariantCulture, $"{span.StartThreadId}→…");

    /// <summary>The outcome, with the exception type when it faulted.</summary>
    public static string OutcomeText(TimelineSpan span) => span.ExceptionType is { } type
        ? $"{span.Outcome} ({type})"
        : span.Outcome.ToString();

    /// <summary>The colour of an outcome, shared by the HTML and SVG renderers.</summary>
    public static string Color(SpanOutcome outcome) => outcome switch
    {
        SpanOutcome.RanToCompletion => "#2ca02c",
        SpanOutcome.Faulted => "#d62728",
        SpanOutcome.Canceled => "#ff7f0e",
        _ => "#1f77b4",
    };

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a >= b ? a : b;
}
