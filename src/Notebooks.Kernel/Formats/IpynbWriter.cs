using System.Text.Json.Nodes;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Formats;

/// <summary>Writes notebooks as nbformat 4 JSON in nbformat's own form: sorted keys, one-space indent, lines split.</summary>
internal static class IpynbWriter
{
    // Notebook metadata nbformat's strip_transient drops on write.
    private static readonly string[] TransientMetadata = ["orig_nbformat", "orig_nbformat_minor", "signature"];

    /// <summary>The notebook as nbformat JSON text, ending with a newline.</summary>
    public static string Write(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var root = new JsonObject();
        foreach (var (key, value) in notebook.Extra)
        {
            root[key] = value?.DeepClone();
        }

        root["cells"] = new JsonArray([.. notebook.Cells.Select(c => ToJson(c, notebook.FormatMinor))]);
        var metadata = (JsonObject)notebook.Metadata.DeepClone();
        foreach (var transient in TransientMetadata)
        {
            metadata.Remove(transient);
        }

        root["metadata"] = metadata;
        root["nbformat"] = Notebook.FormatMajor;
        root["nbformat_minor"] = notebook.FormatMinor;
        return PythonJson.Serialize(root) + "\n";
    }

    private static JsonObject ToJson(NotebookCell cell, int minor)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in cell.Extra)
        {
            obj[key] = value?.DeepClone();
        }

        obj["cell_type"] = cell.Kind switch
        {
            CellKind.Code => "code",
            CellKind.Markdown => "markdown",
            _ => "raw",
        };
        if (cell.Id is not null && minor >= 5)
        {
            obj["id"] = cell.Id;
        }

        // nbformat's strip_transient drops "trusted" from every cell.
        var metadata = (JsonObject)cell.Metadata.DeepClone();
        metadata.Remove("trusted");
        obj["metadata"] = metadata;
        if (obj["attachments"] is JsonObject attachments)
        {
            foreach (var (_, bundle) in attachments)
            {
                SplitBundle(bundle);
            }
        }

        obj["source"] = MultilineText.Split(cell.Source);
        if (cell.Kind == CellKind.Code)
        {
            obj["execution_count"] = cell.ExecutionCount;
            obj["outputs"] = new JsonArray([.. cell.Outputs.Select(SplitOutput)]);
        }

        return obj;
    }

    private static JsonObject SplitOutput(JsonObject output)
    {
        var copy = (JsonObject)output.DeepClone();
        var type = (copy["output_type"] as JsonValue)?.TryGetValue(out string? t) == true ? t : null;
        if (type == "stream" && copy["text"] is JsonValue text && text.TryGetValue(out string? s))
        {
            copy["text"] = MultilineText.Split(s);
        }

        if (type is "display_data" or "execute_result")
        {
            SplitBundle(copy["data"]);
        }

        return copy;
    }

    // As nbformat's _split_mimebundle: only text/*, JavaScript and SVG strings become lists.
    private static void SplitBundle(JsonNode? bundle)
    {
        if (bundle is not JsonObject data)
        {
            return;
        }

        foreach (var key in data.Select(p => p.Key).ToList())
        {
            if (MultilineText.IsSplitOnWrite(key) && data[key] is JsonValue v && v.TryGetValue(out string? value))
            {
                data[key] = MultilineText.Split(value);
            }
        }
    }
}
