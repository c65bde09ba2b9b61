namespace Notebooks.Kernel.Running;

/// <summary>The result of running one notebook.</summary>
/// <param name="Path">The notebook file.</param>
/// <param name="Cells">One result per code cell, in order.</param>
/// <param name="Duration">Wall time of the whole notebook.</param>
public sealed record NotebookResult(string Path, IReadOnlyList<CellResult> Cells, TimeSpan Duration)
{
    /// <summary>The engine that ran it, as reports name it; null when unknown.</summary>
    public string? Engine { get; init; }

    /// <summary>Why the executed notebook could not be written (an infrastructure fault, not the code's), or null.</summary>
    public string? WriteProblem { get; init; }

    /// <summary>True when no code cell failed or timed out.</summary>
    public bool Passed => FirstFailure is null;

    /// <summary>The first cell that failed or timed out, or null.</summary>
    public CellResult? FirstFailure => Cells.FirstOrDefault(c => c.Kind is CellResultKind.Failed or CellResultKind.TimedOut);
}
