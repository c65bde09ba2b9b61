using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Notebooks.Kernel.Formats;

namespace Notebooks.Cli.Site;

/// <summary>The site's text helpers: HTML escaping, ANSI stripping, nbformat's multi-line strings.</summary>
internal static partial class Html
{
    /// <summary>Text made safe to place in an element or a quoted attribute.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Text without ANSI escape sequences (colours in tracebacks and terminal output).</summary>
    public static string StripAnsi(string text) => AnsiSequence().Replace(text, "");

    /// <summary>An nbformat multi-line string (a string or a list of strings) joined; empty when it is neither.</summary>
    public static string Join(JsonNode? node) => MultilineText.Join(node) ?? "";

    [GeneratedRegex(@"\x1B(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1B]*(?:\x07|\x1B\\)|[@-Z\\-_])")]
    private static partial Regex AnsiSequence();
}
