using Notebooks.Kernel.Display;
using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Scripting;

/// <summary>Display helpers for cells: <c>x.Display()</c> and <c>"&lt;b&gt;hi&lt;/b&gt;".DisplayAs("text/html")</c>.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows <paramref name="value"/> in the running cell's output now and returns a handle to update it.</summary>
    public static DisplayHandle Display(this object? value, params string[] mimeTypes)
    {
        var context = CellContext.Current
            ?? throw new InvalidOperationException("Display() was called outside a running notebook cell.");
        var id = context.NextDisplayId();
        context.Emit(new DisplayEvent(context.Format(value, mimeTypes), id));
        return new DisplayHandle(context, id);
    }

    /// <summary>Shows <paramref name="text"/> as the given MIME type, for example raw HTML or SVG.</summary>
    public static DisplayHandle DisplayAs(this string text, string mimeType) => new DisplayAs(text, mimeType).Display();
}
