namespace Notebooks.Kernel.Execution;

/// <summary>A cell to run.</summary>
/// <param name="Code">The cell's source, directives included.</param>
public sealed record CellRequest(string Code)
{
    /// <summary>The cell's number in reports and tracebacks (<c>cell 3</c>); null numbers it by the engine's execution count.</summary>
    public int? Number { get; init; }

    /// <summary>This cell's timeout; null uses the kernel's default.</summary>
    public TimeSpan? Timeout { get; init; }
}
