using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Formats;

/// <summary>nbformat's multi-line strings: a string or a list of strings, written as a list split after each newline.</summary>
public static class MultilineText
{
    // Python's str.splitlines line boundaries, which nbformat splits on (not only \n).
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029");

    /// <summary>Splits <paramref name="text"/> after each line break, as nbformat's <c>str.splitlines(True)</c> does.</summary>
    public static JsonArray Split(string text)
    {
        var array = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny(LineBreaks);
            var next = end < 0 ? text.Length : start + end + 1;
            if (end >= 0 && text[next - 1] == '\r' && next < text.Length && text[next] == '\n')
            {
                next++;
            }

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

    /// <summary>Whether a MIME type's value is JSON, never joined on read (nbformat's <c>_is_json_mime</c>).</summary>
    public static bool IsJsonMime(string mime) =>
        mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>Whether nbformat splits a MIME type's string value into lines on write (its <c>_split_mimebundle</c>).</summary>
    public static bool IsSplitOnWrite(string mime) =>
        mime.StartsWith("text/", StringComparison.Ordinal) || mime is "application/javascript" or "image/svg+xml";
}
