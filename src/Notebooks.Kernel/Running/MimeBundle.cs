using System.Text.Json.Nodes;
using Notebooks.Kernel.Display;

namespace Notebooks.Kernel.Running;

/// <summary>An output's <c>data</c>: a formatted value's renderings by MIME type, as nbformat holds them.</summary>
public static class MimeBundle
{
    /// <summary>The bundle for <paramref name="value"/>: each rendering by MIME type, JSON types parsed.</summary>
    public static JsonObject Of(FormattedValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var data = new JsonObject();
        foreach (var (mime, text) in value.Data)
        {
            data[mime] = MimeValue(mime, text);
        }

        return data;
    }

    private static JsonNode? MimeValue(string mime, string text)
    {
        if (Formats.MultilineText.IsJsonMime(mime))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                return text;
            }
        }

        return text;
    }
}
