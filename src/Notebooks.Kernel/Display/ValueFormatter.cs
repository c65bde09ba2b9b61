using System.Reflection;

namespace Notebooks.Kernel.Display;

/// <summary>Turns values into <see cref="FormattedValue"/>s: plain text always, rich types from convention formatters.</summary>
public sealed class ValueFormatter
{
    private readonly ConventionFormatters conventions = new();

    /// <summary>Formats <paramref name="value"/>; <paramref name="mimeTypes"/>, when not empty, limits the rich types shown.</summary>
    public FormattedValue Format(object? value, IReadOnlyList<string>? mimeTypes = null)
    {
        var data = new List<KeyValuePair<string, string>>();
        var errors = new List<string>();
        if (value is DisplayAs raw)
        {
            data.Add(new(raw.MimeType, raw.Text));
        }
        else if (value is not null)
        {
            AddRich(value, mimeTypes, data, errors);
        }

        if (!data.Any(p => p.Key == PlainTextFormatter.MimeType))
        {
            data.Insert(0, new(PlainTextFormatter.MimeType, PlainText(value is DisplayAs d ? d.Text : value, errors)));
        }
        else
        {
            var plain = data.First(p => p.Key == PlainTextFormatter.MimeType);
            data.Remove(plain);
            data.Insert(0, plain);
        }

        return new FormattedValue(data, errors);
    }

    private void AddRich(object value, IReadOnlyList<string>? mimeTypes, List<KeyValuePair<string, string>> data, List<string> errors)
    {
        var formatters = conventions.For(value.GetType());
        if (formatters.Problem is not null)
        {
            errors.Add(formatters.Problem);
        }

        var wanted = mimeTypes is { Count: > 0 } ? mimeTypes : formatters.PreferredMimeTypes;
        foreach (var formatter in formatters.Formatters)
        {
            if (data.Any(p => p.Key == formatter.MimeType) || (wanted is { Count: > 0 } && formatter.MimeType != PlainTextFormatter.MimeType && !wanted.Contains(formatter.MimeType)))
            {
                continue;
            }

            try
            {
                if (formatter.TryFormat(value, out var text))
                {
                    data.Add(new(formatter.MimeType, text));
                }
            }
            catch (TargetInvocationException e)
            {
                var inner = e.InnerException ?? e;
                errors.Add($"{formatter.Target.GetType().Name} ({formatter.MimeType}) threw {inner.GetType().Name}: {inner.Message}");
            }
        }
    }

    private static string PlainText(object? value, List<string> errors)
    {
        try
        {
            return PlainTextFormatter.Format(value);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add($"formatting {value?.GetType().Name} as text threw {e.GetType().Name}: {e.Message}");
            return $"<{value?.GetType().Name}>";
        }
    }
}
