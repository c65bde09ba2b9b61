namespace AsyncPatterns.Interactive.Timelines;

/// <summary>A span while it is being recorded; snapshots turn it into a <see cref="TimelineSpan"/>.</summary>
internal sealed class SpanRecord(int id, string name, string lane, long start, int startThread, int? parentId)
{
    public int Id { get; } = id;

    public long Start { get; } = start;

    public long End { get; private set; }

    public int EndThread { get; private set; }

    public SpanOutcome Outcome { get; private set; } = SpanOutcome.Running;

    public string? ExceptionType { get; private set; }

    public void Finish(long end, SpanOutcome outcome, Exception? exception)
    {
        End = end;
        EndThread = Environment.CurrentManagedThreadId;
        ExceptionType = exception?.GetType().Name;
        Outcome = outcome;
    }

    public TimelineSpan Snapshot(Func<long, TimeSpan> offset) => Outcome == SpanOutcome.Running
        ? new(Id, name, lane, offset(Start), null, startThread, null, SpanOutcome.Running, null, parentId)
        : new(Id, name, lane, offset(Start), offset(End), startThread, EndThread, Outcome, ExceptionType, parentId);
}
