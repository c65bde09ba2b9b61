namespace Notebooks.Kernel.Execution;

/// <summary>An exception from a task a cell started, seen only after the cell ended (an unobserved task).</summary>
/// <param name="CellName">The cell whose code raised it, as the cell was named (<c>cell N</c>).</param>
/// <param name="Error">The exception, as an error to show.</param>
public sealed record LateFailure(string CellName, CellError Error);
