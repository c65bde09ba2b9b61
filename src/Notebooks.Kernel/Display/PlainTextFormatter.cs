using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Notebooks.Kernel.Display;

/// <summary>Renders any value as readable <c>text/plain</c>: strings raw, numbers in the invariant culture, collections listed.</summary>
public static class PlainTextFormatter
{
    /// <summary>The MIME type this formatter writes.</summary>
    public const string MimeType = "text/plain";

    /// <summary>How many items of a collection are shown before the rest is summarised.</summary>
    public const int MaxItems = 20;

    /// <summary>Formats <paramref name="value"/> as text.</summary>
    public static string Format(object? value)
    {
        var builder = new StringBuilder();
        Append(value, builder, 0, quoteStrings: false);
        return builder.ToString();
    }

    private static void Append(object? value, StringBuilder sb, int depth, bool quoteStrings)
    {
        switch (value)
        {
            case null:
                sb.Append("<null>");
                return;
            case string s:
                sb.Append(quoteStrings ? Quote(s) : s);
                return;
            case char c:
                sb.Append(quoteStrings ? $"'{c}'" : c.ToString());
                return;
            case bool b:
                sb.Append(b ? "True" : "False");
                return;
            case Type t:
                sb.Append(TypeNames.Readable(t));
                return;
            case IFormattable f:
                sb.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case IDictionary dictionary when depth < 3:
                AppendDictionary(dictionary, sb, depth);
                return;
            case IEnumerable items when depth < 3 && !HasOwnToString(value.GetType()):
                AppendItems(items, sb, depth);
                return;
            default:
                AppendObject(value, sb, depth);
                return;
        }
    }

    private static void AppendItems(IEnumerable items, StringBuilder sb, int depth)
    {
        sb.Append('[');
        var count = 0;
        var enumerator = items.GetEnumerator();
        try
        {
            while (enumerator.MoveNext())
            {
                if (count == MaxItems)
                {
                    sb.Append(items is ICollection all ? $", … ({all.Count - MaxItems} more)" : ", …");
                    break;
                }

                sb.Append(count++ == 0 ? "" : ", ");
                Append(enumerator.Current, sb, depth + 1, quoteStrings: true);
            }
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }

        sb.Append(']');
    }

    private static void AppendDictionary(IDictionary dictionary, StringBuilder sb, int depth)
    {
        sb.Append('{');
        var count = 0;
        foreach (DictionaryEntry entry in dictionary)
        {
            if (count == MaxItems)
            {
                sb.Append($", … ({dictionary.Count - MaxItems} more)");
                break;
            }

            sb.Append(count++ == 0 ? " " : ", ");
            Append(entry.Key, sb, depth + 1, quoteStrings: true);
            sb.Append(": ");
            Append(entry.Value, sb, depth + 1, quoteStrings: true);
        }

        sb.Append(count == 0 ? "}" : " }");
    }

    private static void AppendObject(object value, StringBuilder sb, int depth)
    {
        var type = value.GetType();
        if (HasOwnToString(type) || depth >= 2)
        {
            sb.Append(value.ToString());
            return;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToList();
        sb.Append(TypeNames.Readable(type));
        if (properties.Count == 0)
        {
            return;
        }

        sb.Append(" { ");
        for (var i = 0; i < properties.Count; i++)
        {
            sb.Append(i == 0 ? "" : ", ").Append(properties[i].Name).Append(" = ");
            try
            {
                Append(properties[i].GetValue(value), sb, depth + 1, quoteStrings: true);
            }
            catch (TargetInvocationException e)
            {
                sb.Append('<').Append(e.InnerException?.GetType().Name ?? "error").Append('>');
            }
        }

        sb.Append(" }");
    }

    private static bool HasOwnToString(Type type) =>
        type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType is { } declaring && declaring != typeof(object) && declaring != typeof(ValueType);

    private static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
