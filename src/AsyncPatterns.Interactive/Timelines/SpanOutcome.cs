namespace AsyncPatterns.Interactive.Timelines;

/// <summary>How a tracked piece of work ended.</summary>
public enum SpanOutcome
{
    /// <summary>Still running when the snapshot was taken.</summary>
    Running,

    /// <summary>Completed normally.</summary>
    RanToCompletion,

    /// <summary>Threw an exception.</summary>
    Faulted,

    /// <summary>Was cancelled (an <see cref="OperationCanceledException"/>).</summary>
    Canceled,
}
