using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Scripting;

/// <summary>The running cell as code outside the script sees it (the companion library asks for its token by reflection).</summary>
public static class CurrentCell
{
    /// <summary>Cancelled when the running cell times out or is interrupted; <see cref="CancellationToken.None"/> outside a cell.</summary>
    public static CancellationToken CancellationToken => CellContext.Current?.CancellationToken ?? CancellationToken.None;
}
