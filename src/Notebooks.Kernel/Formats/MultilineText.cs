using System.Text;
using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Formats;

/// <summary>nbformat's multi-line strings: a string or a list of strings, written as a list split after each newline.</summary>
internal static class MultilineText
{
    /// <summary>Splits <paramref name="text"/> after each <c>\n</c>, as nbformat writes it.</summary>
    public static JsonArray Split(string text)
    {
        var array = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            array.Add(JsonValue.Create(text[start..next]));
            start = next;
        }

        return array;
    }

    /// <summary>Joins a string or a list of strings; null when the node is neither.</summary>
    public static string? Join(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue value when value.TryGetValue(out string? text):
                return text;
            case JsonArray array:
                var builder = new StringBuilder();
                foreach (var item in array)
                {
                    if (item is not JsonValue part || !part.TryGetValue(out string? line))
                    {
                        return null;
                    }

                    builder.Append(line);
                }

                return builder.ToString();
            default:
                return null;
        }
    }

    /// <summary>Whether a MIME type's value is JSON (kept as is) rather than text (split into lines).</summary>
    public static bool IsJsonMime(string mime) =>
        mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);
}
