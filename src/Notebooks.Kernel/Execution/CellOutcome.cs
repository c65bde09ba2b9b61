namespace Notebooks.Kernel.Execution;

/// <summary>How a cell's code ended, before timeouts are taken into account.</summary>
internal sealed record CellOutcome(CellStatus Status, CellError? Error)
{
    public static CellOutcome Success { get; } = new(CellStatus.Succeeded, null);

    public static CellOutcome Failure(CellError error) => new(CellStatus.Failed, error);
}
