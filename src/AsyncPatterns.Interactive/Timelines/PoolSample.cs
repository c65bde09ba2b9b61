namespace AsyncPatterns.Interactive.Timelines;

/// <summary>The thread pool and the timeline's work at one instant.</summary>
/// <param name="At">When, from the timeline's start.</param>
/// <param name="ThreadCount"><see cref="ThreadPool.ThreadCount"/>.</param>
/// <param name="PendingWorkItems"><see cref="ThreadPool.PendingWorkItemCount"/>.</param>
/// <param name="InFlight">Spans of this timeline running at that instant.</param>
public sealed record PoolSample(TimeSpan At, int ThreadCount, long PendingWorkItems, int InFlight);
