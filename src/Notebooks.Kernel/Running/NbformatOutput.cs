using System.Text.Json.Nodes;
using Notebooks.Kernel.Display;
using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Running;

/// <summary>The parts of nbformat outputs both hosts build alike: error outputs (shortened when huge, so a cell keeps room for them) and the <c>data</c> of values.</summary>
public static class NbformatOutput
{
    /// <summary>The most text one error output keeps; a longer traceback loses its last lines.</summary>
    public const int MaxChars = 256 * 1024;

    /// <summary>The longest message or traceback line an error output keeps.</summary>
    public const int MaxLineChars = 16 * 1024;

    /// <summary>The error output for <paramref name="error"/>, shortened when huge.</summary>
    public static JsonObject Error(CellError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var name = Shorten(error.Name);
        var value = Shorten(error.Value);
        var total = name.Length + value.Length;
        var traceback = new JsonArray();
        foreach (var line in error.Traceback.Select(Shorten))
        {
            if (total + line.Length > MaxChars)
            {
                traceback.Add(JsonValue.Create($"... ({error.Traceback.Count - traceback.Count} more lines)"));
                break;
            }

            total += line.Length;
            traceback.Add(JsonValue.Create(line));
        }

        return new() { ["ename"] = name, ["evalue"] = value, ["output_type"] = "error", ["traceback"] = traceback };
    }

    /// <summary>An output's <c>data</c> for <paramref name="value"/>: each rendering by MIME type, JSON types parsed.</summary>
    public static JsonObject Data(FormattedValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var data = new JsonObject();
        foreach (var (mime, text) in value.Data)
        {
            data[mime] = MimeValue(mime, text);
        }

        return data;
    }

    private static string Shorten(string text) =>
        text.Length <= MaxLineChars ? text : $"{text[..MaxLineChars]}... ({text.Length - MaxLineChars} more characters)";

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
