using System.Text.Json.Nodes;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Formats;

/// <summary>Writes notebooks as nbformat 4 JSON in nbformat's own form: sorted keys, one-space indent, lines split.</summary>
public static class IpynbWriter
{
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
        root["metadata"] = notebook.Metadata.DeepClone();
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

        obj["metadata"] = cell.Metadata.DeepClone();
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
        if (copy["text"] is JsonValue text && text.TryGetValue(out string? s))
        {
            copy["text"] = MultilineText.Split(s);
        }

        if (copy["data"] is JsonObject data)
        {
            foreach (var key in data.Select(p => p.Key).ToList())
            {
                if (!MultilineText.IsJsonMime(key) && data[key] is JsonValue v && v.TryGetValue(out string? value))
                {
                    data[key] = MultilineText.Split(value);
                }
            }
        }

        return copy;
    }
}
