using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Running;

/// <summary>The result of one code cell in a run.</summary>
/// <param name="Number">The cell's position among all cells, from 1.</param>
/// <param name="Id">The cell id, if any.</param>
/// <param name="FirstLine">The first non-empty line of its source.</param>
/// <param name="Kind">Passed, failed, timed out, skipped or not run.</param>
/// <param name="Duration">How long it ran.</param>
public sealed record CellResult(int Number, string? Id, string FirstLine, CellResultKind Kind, TimeSpan Duration)
{
    /// <summary>The error that failed the cell, or the reason it did not run.</summary>
    public CellError? Error { get; init; }

    /// <summary>Why a cell was skipped or not run.</summary>
    public string? Reason { get; init; }

    /// <summary>True when the failure is the machine's, not the code's: a package restore that failed, a worker that could not start.</summary>
    public bool IsInfrastructure => Error?.Kind.IsInfrastructure() == true;

    /// <summary>How the cell is named in reports: <c>cell N [id]</c>.</summary>
    public string Label => CellLabel.Of(Number, Id);
}
