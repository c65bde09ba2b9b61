using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Model;

/// <summary>Cell metadata conventions shared by Polyglot Notebooks and this kernel.</summary>
public static class CellMetadata
{
    /// <summary>Metadata naming the kernel of a code cell, in both the current and the legacy keys.</summary>
    public static JsonObject ForKernel(string kernel) => new()
    {
        ["dotnet_interactive"] = new JsonObject { ["language"] = kernel },
        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel },
    };

    /// <summary>The kernel a code cell names: <c>polyglot_notebook.kernelName</c>, then <c>dotnet_interactive.language</c>, else null.</summary>
    public static string? KernelName(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Text((cell.Metadata["polyglot_notebook"] as JsonObject)?["kernelName"]) ?? Text((cell.Metadata["dotnet_interactive"] as JsonObject)?["language"]);
    }

    /// <summary>A cell's own timeout: <c>metadata.timeout</c> in seconds (nbformat reserves <c>metadata.execution</c> for timestamps).</summary>
    public static TimeSpan? CellTimeout(JsonObject metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Seconds(metadata["timeout"]);
    }

    /// <summary>A notebook's default cell timeout: <c>metadata.execution.timeout</c> in seconds, as nbmake and Jupyter Book read it.</summary>
    public static TimeSpan? NotebookTimeout(JsonObject metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Seconds((metadata["execution"] as JsonObject)?["timeout"]);
    }

    private static TimeSpan? Seconds(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue(out double seconds) && seconds > 0 && seconds < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
