using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Model;

/// <summary>A notebook in memory: cells and metadata, independent of the file format it came from.</summary>
public sealed class Notebook
{
    /// <summary>The nbformat major version this model writes.</summary>
    public const int FormatMajor = 4;

    /// <summary>The cells in order.</summary>
    public List<NotebookCell> Cells { get; } = [];

    /// <summary>Notebook metadata, kept whole (unknown keys included).</summary>
    public JsonObject Metadata { get; set; } = [];

    /// <summary>The nbformat minor version (5 when cells carry ids).</summary>
    public int FormatMinor { get; set; } = 5;

    /// <summary>Top-level fields this model does not name, kept for round trips.</summary>
    public JsonObject Extra { get; } = [];

    /// <summary>The default kernel of code cells: <c>polyglot_notebook.kernelInfo.defaultKernelName</c>, else csharp.</summary>
    public string DefaultKernelName =>
        ((Metadata["polyglot_notebook"] as JsonObject)?["kernelInfo"] as JsonObject)?["defaultKernelName"] is JsonValue v && v.TryGetValue(out string? name)
            ? name
            : "csharp";
}
