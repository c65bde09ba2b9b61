using Notebooks.Kernel.Execution;

namespace Notebooks.Cli.Workers;

/// <summary>How long a run gives its workers at each step, and the clock it measures them on; in-process callers (tests) pass shorter ones.</summary>
/// <remarks>No command-line option sets these: users set cell and notebook timeouts, and these are the margins the supervisor adds to them.</remarks>
internal sealed record SupervisionTimings
{
    /// <summary>The timings of a real run.</summary>
    public static SupervisionTimings Default { get; } = new();

    /// <summary>How long a cell past its timeout may take to stop before the worker's kernel abandons it.</summary>
    public TimeSpan CancellationGrace { get; init; } = KernelOptions.StandardCancellationGrace;

    /// <summary>How long past a cell's timeout and grace the supervisor waits before it kills the worker.</summary>
    public TimeSpan KillSlack { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the supervisor waits for a stopped worker to exit and its pipes to close.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The clock the supervisor's deadlines and durations are measured on.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
