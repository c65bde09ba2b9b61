namespace AsyncPatterns.Interactive.Timelines;

/// <summary>One tracked piece of work: when it ran, on which threads, and how it ended. Times are offsets from the timeline's start.</summary>
/// <param name="Id">Unique within its timeline, in start order.</param>
/// <param name="Name">What the work was called.</param>
/// <param name="Lane">The row it is drawn on (its name unless given).</param>
/// <param name="Start">When it started.</param>
/// <param name="End">When it ended, or null while running.</param>
/// <param name="StartThreadId">The managed thread it started on.</param>
/// <param name="EndThreadId">The managed thread it ended on, or null while running.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="ExceptionType">The exception's type name when it faulted.</param>
/// <param name="ParentId">The span it ran inside, if any.</param>
public sealed record TimelineSpan(
    int Id,
    string Name,
    string Lane,
    TimeSpan Start,
    TimeSpan? End,
    int StartThreadId,
    int? EndThreadId,
    SpanOutcome Outcome,
    string? ExceptionType,
    int? ParentId)
{
    /// <summary>How long it ran (up to the snapshot while still running).</summary>
    public TimeSpan Duration(TimeSpan now) => (End ?? now) - Start;
}
