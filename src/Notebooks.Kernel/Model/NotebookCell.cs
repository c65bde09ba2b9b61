using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Model;

/// <summary>One cell of a notebook: its source, metadata, outputs and any fields we keep without understanding.</summary>
public sealed class NotebookCell
{
    /// <summary>Creates a cell of the given kind and source.</summary>
    public NotebookCell(CellKind kind, string source, string? id = null)
    {
        Kind = kind;
        Source = source;
        Id = id;
    }

    /// <summary>Code, Markdown or raw.</summary>
    public CellKind Kind { get; }

    /// <summary>The nbformat 4.5 cell id, if any.</summary>
    public string? Id { get; set; }

    /// <summary>The cell's text, lines joined.</summary>
    public string Source { get; set; }

    /// <summary>The cell's metadata, kept whole (unknown keys included).</summary>
    public JsonObject Metadata { get; set; } = [];

    /// <summary>Outputs of a code cell, as nbformat output objects.</summary>
    public List<JsonObject> Outputs { get; } = [];

    /// <summary>The execution count of a code cell, or null when it has not run.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>Cell fields this model does not name (for example <c>attachments</c>), kept for round trips.</summary>
    public JsonObject Extra { get; } = [];

    /// <summary>The tags in <c>metadata.tags</c>.</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags
            ? [.. tags.OfType<JsonValue>().Select(t => t.TryGetValue(out string? s) ? s : null).OfType<string>()]
            : [];

    /// <summary>Whether <c>metadata.tags</c> holds <paramref name="tag"/>.</summary>
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);
}
