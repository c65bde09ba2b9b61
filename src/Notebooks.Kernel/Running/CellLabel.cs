namespace Notebooks.Kernel.Running;

/// <summary>How reports name a cell: <c>cell N [id]</c>, N its position among all cells from 1.</summary>
public static class CellLabel
{
    /// <summary>The label of cell <paramref name="number"/> with <paramref name="id"/> (none when null).</summary>
    public static string Of(int number, string? id) => id is null ? $"cell {number}" : $"cell {number} [{id}]";
}
