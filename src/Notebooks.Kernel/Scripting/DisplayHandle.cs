using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Scripting;

/// <summary>A displayed value that can be replaced in place (Jupyter's <c>update_display_data</c>).</summary>
public sealed class DisplayHandle
{
    private readonly CellContext context;

    internal DisplayHandle(CellContext context, string displayId)
    {
        this.context = context;
        DisplayId = displayId;
    }

    /// <summary>The display's id, unique within the kernel.</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the displayed value with <paramref name="value"/>.</summary>
    public void Update(object? value, params string[] mimeTypes) =>
        context.Emit(new DisplayEvent(context.Format(value, mimeTypes), DisplayId, IsUpdate: true));

    /// <summary>The display id, so a handle returned as a cell's value reads sensibly.</summary>
    public override string ToString() => $"display {DisplayId}";
}
