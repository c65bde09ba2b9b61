using System.Reflection;
using Microsoft.DotNet.Interactive.Formatting;
using Rendering = Microsoft.DotNet.Interactive.Formatting.FormattedValue;

namespace Notebooks.Kernel.Display;

/// <summary>Turns values into <see cref="FormattedValue"/>s through Microsoft.DotNet.Interactive.Formatting, as .NET Interactive shows them,
/// with <c>text/plain</c> first on every value (Jupyter's convention).</summary>
/// <remarks>
/// Formatting decides everything else: the MIME types a type prefers (HTML by default, plain text for strings, those of a
/// <c>TypeFormatterSourceAttribute</c>), formatters registered with <c>Formatter.Register</c> in a cell or by a kernel extension,
/// and formatter sources found by that attribute's convention, in whatever namespace it is declared.
/// </remarks>
public sealed class ValueFormatter
{
    /// <summary>Formats <paramref name="value"/>; <paramref name="mimeTypes"/>, when not empty, are the MIME types shown besides plain text.</summary>
    /// <remarks>A Formatting <c>FormattedValue</c> (or a sequence of them) is shown as it is, as .NET Interactive shows a cell's value.</remarks>
    public FormattedValue Format(object? value, IReadOnlyList<string>? mimeTypes = null)
    {
        FormattingDefaults.EnsureApplied();
        switch (value)
        {
            case Rendering rendering:
                return WithPlainText(rendering.Value, [rendering], []);
            case IEnumerable<Rendering> renderings:
                var all = renderings.ToList();
                return WithPlainText(all.FirstOrDefault()?.Value, all, []);
        }

        var errors = new List<string>();
        var shown = new List<Rendering>();
        foreach (var mime in Wanted(value, mimeTypes, errors).Where(m => m != FormattedValue.PlainTextMimeType))
        {
            if (Render(value, mime, errors) is { } text)
            {
                shown.Add(new Rendering(mime, text));
            }
        }

        return WithPlainText(value, shown, errors);
    }

    /// <summary>What Formatting rendered for a displayed value (<c>x.Display()</c>, <c>DisplayAs</c>), with plain text first.</summary>
    public FormattedValue Format(DisplayedValue displayed)
    {
        ArgumentNullException.ThrowIfNull(displayed);
        FormattingDefaults.EnsureApplied();
        return WithPlainText(displayed.Value, displayed.FormattedValues, []);
    }

    private static FormattedValue WithPlainText(object? value, IEnumerable<Rendering> renderings, List<string> errors)
    {
        var data = renderings.Where(r => r.MimeType != FormattedValue.PlainTextMimeType).Select(r => new KeyValuePair<string, string>(r.MimeType, r.Value)).ToList();
        var plain = renderings.FirstOrDefault(r => r.MimeType == FormattedValue.PlainTextMimeType)?.Value
            ?? Render(value, FormattedValue.PlainTextMimeType, errors)
            ?? $"<{value?.GetType().Name}>";
        data.Insert(0, new(FormattedValue.PlainTextMimeType, plain));
        return new FormattedValue(data, errors);
    }

    private static IEnumerable<string> Wanted(object? value, IReadOnlyList<string>? mimeTypes, List<string> errors)
    {
        if (mimeTypes is { Count: > 0 })
        {
            return mimeTypes;
        }

        try
        {
            return Formatter.GetPreferredMimeTypesFor(value?.GetType());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add($"finding the formatters of {value?.GetType().Name} threw {Describe(e)}");
            return [];
        }
    }

    private static string? Render(object? value, string mime, List<string> errors)
    {
        try
        {
            return value.ToDisplayString(mime);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add($"formatting {value?.GetType().Name} as {mime} threw {Describe(e)}");
            return null;
        }
    }

    private static string Describe(Exception e)
    {
        var inner = e is TargetInvocationException { InnerException: { } thrown } ? thrown : e;
        return $"{inner.GetType().Name}: {inner.Message}";
    }
}
