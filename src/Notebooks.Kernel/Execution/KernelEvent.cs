using Notebooks.Kernel.Display;

namespace Notebooks.Kernel.Execution;

/// <summary>Something a running cell produced, in the order it happened.</summary>
public abstract record KernelEvent;

/// <summary>Text written to <c>stdout</c> or <c>stderr</c>.</summary>
public sealed record StreamEvent(string Name, string Text) : KernelEvent;

/// <summary>A value shown with <c>display(x)</c>; <paramref name="IsUpdate"/> replaces the earlier display with the same id.</summary>
public sealed record DisplayEvent(FormattedValue Value, string DisplayId, bool IsUpdate = false) : KernelEvent;

/// <summary>The value of the cell's trailing expression.</summary>
public sealed record ReturnValueEvent(FormattedValue Value) : KernelEvent;

/// <summary>An error: a compilation error, an exception, a timeout or a directive that cannot be honoured.</summary>
public sealed record ErrorEvent(CellError Error) : KernelEvent;

/// <summary>The last event of a cell: how it ended and how long it took.</summary>
public sealed record CellCompletedEvent(CellStatus Status, TimeSpan Duration) : KernelEvent;
