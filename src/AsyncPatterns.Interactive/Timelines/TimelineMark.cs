namespace AsyncPatterns.Interactive.Timelines;

/// <summary>A point event on the timeline.</summary>
/// <param name="Label">What happened.</param>
/// <param name="At">When, from the timeline's start.</param>
/// <param name="ThreadId">The managed thread that marked it.</param>
public sealed record TimelineMark(string Label, TimeSpan At, int ThreadId);
