using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Scripting;

/// <summary>Names every cell can use without a prefix: <c>display(x)</c> and <c>CellCancellationToken</c>.</summary>
#pragma warning disable CA1822, IDE1006 // instance members and a lowercase name are how script globals are exposed
public class ScriptGlobals
{
    /// <summary>Cancelled when the running cell times out or is interrupted; pass it to long-running work.</summary>
    public CancellationToken CellCancellationToken => CellContext.Current?.CancellationToken ?? CancellationToken.None;

    /// <summary>Shows <paramref name="value"/> now, as .NET Interactive's <c>display</c> does; the handle updates it later.</summary>
    public DisplayHandle display(object? value, params string[] mimeTypes) => value.Display(mimeTypes);
}
#pragma warning restore CA1822, IDE1006
