using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Scripting;

/// <summary>
/// The running cell's token for libraries that find it by name (the companion library's <c>CurrentCell</c> reads this property by
/// reflection). Internal, so cells cannot come to depend on a name only this kernel has.
/// </summary>
internal static class CurrentCell
{
    /// <summary>The running cell's cancellation token, cancelled on timeout or interrupt; <see cref="CancellationToken.None"/> outside a cell.</summary>
    public static CancellationToken CancellationToken => CellContext.Current?.CancellationToken ?? CancellationToken.None;
}
