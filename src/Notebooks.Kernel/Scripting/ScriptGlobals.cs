using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Kernel.Display;
using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Scripting;

/// <summary>Names every cell can use without a prefix: <c>display(x)</c> and <c>CellCancellationToken</c>.</summary>
#pragma warning disable CA1822, IDE1006 // instance members and a lowercase name are how script globals are exposed
public class ScriptGlobals
{
    /// <summary>Cancelled when the running cell times out or is interrupted; pass it to long-running work.</summary>
    public CancellationToken CellCancellationToken => CellContext.Current?.CancellationToken ?? CancellationToken.None;

    /// <summary>Shows <paramref name="value"/> now, as .NET Interactive's <c>display</c> does; <see cref="DisplayedValue.Update"/> replaces it in place.</summary>
    /// <remarks>Formatting's own <c>x.Display()</c> raises one object and returns another, so its update shows as a new display, as in
    /// .NET Interactive; this one shows the object it returns.</remarks>
    public DisplayedValue display(object? value, params string[] mimeTypes)
    {
        var cell = CellContext.Current ?? throw new InvalidOperationException("display() was called outside a running notebook cell.");
        FormattingDefaults.EnsureApplied();
        var shown = new DisplayedValue(value, Microsoft.DotNet.Interactive.Formatting.FormattedValue.CreateManyFromObject(value!, mimeTypes));
        cell.Show(shown);
        return shown;
    }
}
#pragma warning restore CA1822, IDE1006
