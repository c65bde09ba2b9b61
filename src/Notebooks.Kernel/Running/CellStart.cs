namespace Notebooks.Kernel.Running;

/// <summary>A code cell about to run.</summary>
/// <param name="Number">Its position among all cells, from 1.</param>
/// <param name="Id">Its id, if any.</param>
/// <param name="Timeout">How long it may run before it is cancelled.</param>
public sealed record CellStart(int Number, string? Id, TimeSpan Timeout)
{
    /// <summary>How the cell is named in reports: <c>cell N [id]</c>.</summary>
    public string Label => CellLabel.Of(Number, Id);
}
