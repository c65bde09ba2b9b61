using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Kernel.Formats;

/// <summary>Writes JSON exactly as Python's <c>json.dumps(sort_keys=True, indent=1, ensure_ascii=False)</c> does, as nbformat writes notebooks.</summary>
internal static class PythonJson
{
    /// <summary>Serializes <paramref name="node"/> with sorted keys and one-space indentation.</summary>
    public static string Serialize(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(node, builder, 0);
        return builder.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder sb, int depth)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                WriteObject(obj, sb, depth);
                break;
            case JsonArray array:
                WriteArray(array, sb, depth);
                break;
            case JsonValue value:
                WriteValue(value, sb);
                break;
            default:
                throw new NotSupportedException(node.GetType().Name);
        }
    }

    private static void WriteObject(JsonObject obj, StringBuilder sb, int depth)
    {
        if (obj.Count == 0)
        {
            sb.Append("{}");
            return;
        }

        sb.Append("{\n");
        var first = true;
        foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                sb.Append(",\n");
            }

            first = false;
            sb.Append(' ', depth + 1);
            WriteString(key, sb);
            sb.Append(": ");
            Write(value, sb, depth + 1);
        }

        sb.Append('\n').Append(' ', depth).Append('}');
    }

    private static void WriteArray(JsonArray array, StringBuilder sb, int depth)
    {
        if (array.Count == 0)
        {
            sb.Append("[]");
            return;
        }

        sb.Append("[\n");
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(",\n");
            }

            sb.Append(' ', depth + 1);
            Write(array[i], sb, depth + 1);
        }

        sb.Append('\n').Append(' ', depth).Append(']');
    }

    private static void WriteValue(JsonValue value, StringBuilder sb)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(value.GetValue<string>(), sb);
                break;
            case JsonValueKind.True:
                sb.Append("true");
                break;
            case JsonValueKind.False:
                sb.Append("false");
                break;
            case JsonValueKind.Null:
                sb.Append("null");
                break;
            case JsonValueKind.Number when value.TryGetValue(out JsonElement element):
                sb.Append(element.GetRawText());
                break;
            default:
                sb.Append(value.ToJsonString());
                break;
        }
    }

    /// <summary>Quotes a string the way Python does with <c>ensure_ascii=False</c>.</summary>
    public static void WriteString(string text, StringBuilder sb)
    {
        sb.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case < ' ':
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('"');
    }
}
