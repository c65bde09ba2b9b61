using System.Text.Json.Nodes;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Formats;

/// <summary>Validates one nbformat output and joins its multi-line strings.</summary>
internal static class OutputReader
{
    /// <summary>Reads an output object; multi-line text becomes one string.</summary>
    public static JsonObject Read(JsonNode? node, string path, string where)
    {
        if (node is not JsonObject source)
        {
            throw new NotebookFormatException(path, where, "an output is not a JSON object");
        }

        var output = (JsonObject)source.DeepClone();
        var type = (output["output_type"] as JsonValue)?.TryGetValue(out string? t) == true ? t : null;
        switch (type)
        {
            case "stream":
                output["text"] = MultilineText.Join(output["text"])
                    ?? throw new NotebookFormatException(path, where, "a stream output has no text");
                break;
            case "display_data" or "execute_result" or "update_display_data":
                JoinData(output, path, where);
                break;
            case "error":
                break;
            case null:
                throw new NotebookFormatException(path, where, "an output has no \"output_type\"");
            default:
                throw new NotebookFormatException(path, where, $"unknown output_type \"{type}\"");
        }

        return output;
    }

    /// <summary>Counts the characters of text an output holds, for the cell size limit.</summary>
    public static int Size(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Sum(p => p.Key.Length + Size(p.Value)),
        JsonArray array => array.Sum(Size),
        JsonValue value when value.TryGetValue(out string? s) => s.Length,
        _ => 8,
    };

    private static void JoinData(JsonObject output, string path, string where)
    {
        if (output["data"] is null)
        {
            return;
        }

        if (output["data"] is not JsonObject data)
        {
            throw new NotebookFormatException(path, where, "an output's \"data\" is not a JSON object");
        }

        foreach (var key in data.Select(p => p.Key).ToList())
        {
            if (!MultilineText.IsJsonMime(key) && data[key] is JsonArray)
            {
                data[key] = MultilineText.Join(data[key])
                    ?? throw new NotebookFormatException(path, where, $"output data \"{key}\" is not text");
            }
        }
    }
}
