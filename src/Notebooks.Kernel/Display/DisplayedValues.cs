using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Display;

/// <summary>Shows in the running cell what Formatting's display calls raise: <c>x.Display()</c>, <c>"&lt;b&gt;hi&lt;/b&gt;".DisplayAs("text/html")</c>,
/// <c>display(x)</c> and <c>DisplayedValue.Update(y)</c>, the same calls as in .NET Interactive.</summary>
/// <remarks>
/// .NET Interactive's <c>Kernel</c> subscribes, in its static constructor, a handler that shows a value in the command it is running
/// or, with none running, writes it to the console; in a process that hosts both engines (or that gave a kernel extension a
/// <c>Kernel</c>) it would echo every display of our cells to their stdout. So that handler is taken out of Formatting's event and
/// called only for values raised outside our cells.
/// </remarks>
internal static class DisplayedValues
{
    private static readonly Lazy<bool> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Subscribes to Formatting's displayed values unless this process already has.</summary>
    public static void EnsureInstalled() => _ = Installed.Value;

    private static bool Install()
    {
        RuntimeHelpers.RunClassConstructor(typeof(Microsoft.DotNet.Interactive.Kernel).TypeHandle);
        var theirs = TakeSubscribers();
        Formatter.SubscribeToDisplayedValues(value =>
        {
            if (CellContext.Current is { } cell)
            {
                cell.Show(value);
            }
            else if (theirs is not null)
            {
                theirs(value);
            }
            else
            {
                Formatter.WriteToConsole(value);
            }
        });
        return true;
    }

    /// <summary>Removes the handlers subscribed so far (.NET Interactive's) and returns them, or null when there are none.</summary>
    private static Action<DisplayedValue>? TakeSubscribers()
    {
        const BindingFlags Static = BindingFlags.NonPublic | BindingFlags.Static;
        var field = typeof(Formatter).GetField("OnFormatterEvent", Static)
            ?? throw new MissingFieldException(typeof(Formatter).FullName, "OnFormatterEvent");
        var subscribed = field.GetValue(null) as Action<DisplayedValue>;
        if (subscribed is not null)
        {
            typeof(Formatter).GetEvent("OnFormatterEvent", Static)!.GetRemoveMethod(nonPublic: true)!.Invoke(null, [subscribed]);
        }

        return subscribed;
    }
}
