using Notebooks.Kernel.Engines;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Packages;

namespace Notebooks.Kernel.Running;

/// <summary>How notebooks are run.</summary>
public sealed record RunOptions
{
    /// <summary>The per-cell timeout when neither the cell nor the notebook sets one.</summary>
    public TimeSpan CellTimeout { get; init; } = KernelOptions.StandardTimeout;

    /// <summary>Run the remaining cells after a failure (the notebook still fails).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>How long a cancelled cell may take to stop.</summary>
    public TimeSpan CancellationGrace { get; init; } = KernelOptions.StandardCancellationGrace;

    /// <summary>The engine that runs the cells (default: ours).</summary>
    public NotebookEngine Engine { get; init; } = NotebookEngine.Notebooks;

    /// <summary>Restores NuGet packages for <c>#r "nuget: ..."</c>.</summary>
    public NuGetRestorer Restorer { get; init; } = new();
}
