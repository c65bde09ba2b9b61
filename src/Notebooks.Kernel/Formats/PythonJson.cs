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
        foreach (var (key, value) in obj.OrderBy(p => p.Key, CodePointOrder.Instance))
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
            case JsonValueKind.Number:
                sb.Append(Number(value.ToJsonString()));
                break;
            default:
                sb.Append(value.ToJsonString());
                break;
        }
    }

    /// <summary>A JSON number as Python writes it back: integers as they are (but -0 is 0), floats by <c>repr</c>.</summary>
    public static string Number(string raw)
    {
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0)
        {
            return raw == "-0" ? "0" : raw;
        }

        var d = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(d))
        {
            return d > 0 ? "Infinity" : "-Infinity";
        }

        var sign = double.IsNegative(d) ? "-" : "";
        if (d == 0)
        {
            return sign + "0.0";
        }

        // Shortest round-trip digits and the decimal point position: value = 0.DIGITS * 10^point.
        var r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        var exponent = e < 0 ? 0 : int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? r : r[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var all = whole + (dot < 0 ? "" : mantissa[(dot + 1)..]);
        var digits = all.TrimStart('0');
        var point = whole.Length + exponent - (all.Length - digits.Length);
        digits = digits.TrimEnd('0');

        // Python's repr switches to exponent notation outside -4 < point <= 16.
        if (point is <= -4 or > 16)
        {
            var fraction = digits.Length > 1 ? "." + digits[1..] : "";
            var exp = point - 1;
            return $"{sign}{digits[0]}{fraction}e{(exp < 0 ? '-' : '+')}{Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture)}";
        }

        if (point <= 0)
        {
            return $"{sign}0.{new string('0', -point)}{digits}";
        }

        return digits.Length <= point
            ? $"{sign}{digits}{new string('0', point - digits.Length)}.0"
            : $"{sign}{digits[..point]}.{digits[point..]}";
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
