using System.Net;
using System.Text.RegularExpressions;

namespace Notebooks.Tests.Differential;

/// <summary>Takes out of cell output what varies from run to run whatever the engine: ids, GUIDs, times, paths, submission numbers.</summary>
internal static partial class Normalizer
{
    private static readonly (string Path, string Name)[] Roots =
    [
        (Collection.Root, "<repo>"),
        (Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar), "<tmp>"),
        (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "<home>"),
    ];

    /// <summary>Output text with the volatile parts replaced by placeholders.</summary>
    /// <param name="text">The text.</param>
    /// <param name="measurements">The text reports measurements (the collection's times, thread ids, pool sizes): every number
    /// becomes a placeholder (a run of them, such as a chart's axis ticks, one placeholder) and table padding a single space, so only
    /// the shape of what the cell reports is compared.</param>
    public static string Text(string text, bool measurements = false)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var (path, name) in Roots.Where(r => r.Path.Length > 1))
        {
            text = text.Replace(path, name, StringComparison.Ordinal);
        }

        text = GuidPattern().Replace(text, "<guid>");
        text = HexIdPattern().Replace(text, "<id>");
        text = SubmissionPattern().Replace(text, "Submission#N");
        text = DurationPattern().Replace(text, m => $"<n> {m.Groups["unit"].Value}");
        text = LoopbackPattern().Replace(text, "<loopback>");
        if (measurements)
        {
            text = NumberPattern().Replace(text, "<n>");
            text = NumberRunPattern().Replace(text, "<n>");
            text = RulePattern().Replace(text, "---");
            text = PaddingPattern().Replace(text, " ");
        }

        return text;
    }

    /// <summary>The text an HTML view shows: no styles or scripts, no tags, entities decoded, white space collapsed.</summary>
    public static string HtmlText(string html, bool measurements = false)
    {
        var text = ScriptOrStylePattern().Replace(html, " ");
        text = TagPattern().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        return Text(SpacePattern().Replace(text, " ").Trim(), measurements);
    }

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"\b[0-9a-f]{32}\b")]
    private static partial Regex HexIdPattern();

    [GeneratedRegex(@"Submission#\d+")]
    private static partial Regex SubmissionPattern();

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s?(?<unit>ms|µs|us|ns|s)\b")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"\b(?:127\.0\.0\.1|localhost|\[::1\]):\d+")]
    private static partial Regex LoopbackPattern();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"<n>(?:[ \t]+<n>)+")]
    private static partial Regex NumberRunPattern();

    [GeneratedRegex(@"-{3,}")]
    private static partial Regex RulePattern();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex PaddingPattern();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStylePattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
