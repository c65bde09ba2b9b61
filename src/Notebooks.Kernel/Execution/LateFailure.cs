namespace Notebooks.Kernel.Execution;

/// <summary>An exception from a task a cell started, seen only after the cell ended (an unobserved task).</summary>
/// <param name="Cell">The number of the cell whose code raised it, as the cell was run (<see cref="CellRequest.Number"/>).</param>
/// <param name="Error">The exception, as an error to show.</param>
public sealed record LateFailure(int Cell, CellError Error);
