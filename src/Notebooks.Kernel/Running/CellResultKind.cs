namespace Notebooks.Kernel.Running;

/// <summary>What happened to a code cell in a run.</summary>
public enum CellResultKind
{
    /// <summary>It ran without error, or threw as its <c>raises-exception</c> tag expected.</summary>
    Passed,

    /// <summary>It failed: an error, an unsupported kernel, or no exception where one was expected.</summary>
    Failed,

    /// <summary>It ran past its timeout.</summary>
    TimedOut,

    /// <summary>Its <c>skip-execution</c> tag kept it from running.</summary>
    Skipped,

    /// <summary>An earlier cell failed, so it did not run.</summary>
    NotRun,
}
