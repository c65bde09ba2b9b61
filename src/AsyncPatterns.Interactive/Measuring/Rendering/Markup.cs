using System.Globalization;
using System.Net;

namespace AsyncPatterns.Interactive.Measuring.Rendering;

/// <summary>Escaping and number formatting shared by the HTML and SVG renderers; the output is also well-formed XML.</summary>
internal static class Markup
{
    /// <summary>Escapes text for an element or a quoted attribute; control characters XML forbids become U+FFFD.</summary>
    public static string Escape(string text)
    {
        var clean = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsControl(c) && c is not ('\t' or '\n' or '\r') ? '\uFFFD' : c;
            }
        });
        return WebUtility.HtmlEncode(clean);
    }

    /// <summary>A coordinate with at most one decimal, invariant.</summary>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
