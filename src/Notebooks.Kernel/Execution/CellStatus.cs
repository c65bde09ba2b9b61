namespace Notebooks.Kernel.Execution;

/// <summary>How a cell's execution ended.</summary>
public enum CellStatus
{
    /// <summary>It ran to the end without an error.</summary>
    Succeeded,

    /// <summary>It did not compile, threw, or used a directive that failed.</summary>
    Failed,

    /// <summary>It ran past its timeout and was cancelled.</summary>
    TimedOut,

    /// <summary>The caller cancelled it (an interrupt).</summary>
    Cancelled,
}
