namespace Notebooks.Kernel.Execution;

/// <summary>A cell to run.</summary>
/// <param name="Code">The cell's source, directives included.</param>
public sealed record CellRequest(string Code)
{
    /// <summary>How the cell is named in tracebacks, for example <c>cell 3</c>.</summary>
    public string? Name { get; init; }

    /// <summary>This cell's timeout; null uses the kernel's default.</summary>
    public TimeSpan? Timeout { get; init; }
}
