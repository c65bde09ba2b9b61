using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Cli.Site;

/// <summary>Small text helpers for the site: HTML escaping, ANSI stripping, nbformat's multi-line strings.</summary>
internal static partial class Html
{
    /// <summary>Text made safe to place in an element or a quoted attribute.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Text without ANSI escape sequences (colours in tracebacks and terminal output).</summary>
    public static string StripAnsi(string text) => AnsiSequence().Replace(text, "");

    /// <summary>An nbformat multi-line string (a string or a list of strings) joined; empty when it is neither.</summary>
    public static string Join(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonArray lines => string.Concat(lines.Select(l => l is JsonValue v && v.TryGetValue(out string? s) ? s : "")),
        _ => "",
    };

    [GeneratedRegex(@"\x1B(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1B]*(?:\x07|\x1B\\)|[@-Z\\-_])")]
    private static partial Regex AnsiSequence();
}
