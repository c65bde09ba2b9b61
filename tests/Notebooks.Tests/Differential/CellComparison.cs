namespace Notebooks.Tests.Differential;

/// <summary>Compares what the two engines did with one cell, aspect by aspect.</summary>
internal static class CellComparison
{
    /// <summary>What is compared: how the cell ended, its errors (names, compile-error codes), its streams, the kinds of the values
    /// it showed, .NET Interactive's restore summaries, and per value its MIME types, its text/plain and the text of its text/html.</summary>
    public static readonly IReadOnlyList<string> Aspects = ["outcome", "error", "stdout", "stderr", "values", "restore", "mime", "text", "html"];

    /// <summary>The aspects in which <paramref name="ours"/> and <paramref name="theirs"/> differ, as (aspect, ours, theirs).</summary>
    public static IEnumerable<(string Aspect, string Ours, string Theirs)> Differences(CellView ours, CellView theirs)
    {
        (string, string, string)[] whole =
        [
            ("outcome", ours.Outcome, theirs.Outcome),
            ("error", ours.Errors, theirs.Errors),
            ("stdout", ours.Stdout, theirs.Stdout),
            ("stderr", ours.Stderr, theirs.Stderr),
            ("values", Kinds(ours), Kinds(theirs)),
            ("restore", Restores(ours), Restores(theirs)),
        ];
        foreach (var (aspect, a, b) in whole.Where(w => !string.Equals(w.Item2, w.Item3, StringComparison.Ordinal)))
        {
            yield return (aspect, a, b);
        }

        for (var i = 0; i < Math.Min(ours.Values.Count, theirs.Values.Count); i++)
        {
            var (a, b) = (ours.Values[i], theirs.Values[i]);
            if (a.Mime != b.Mime)
            {
                yield return ("mime", PlainTextBeside(a, b) ? $"{b.Mime} + text/plain" : a.Mime, b.Mime);
            }

            if (a.PlainText is { } plainA && b.PlainText is { } plainB && plainA != plainB)
            {
                yield return ("text", plainA, plainB);
            }

            if (a.HtmlText is { } htmlA && b.HtmlText is { } htmlB && htmlA != htmlB)
            {
                yield return ("html", htmlA, htmlB);
            }
        }
    }

    /// <summary>Whether <paramref name="ours"/> has exactly <paramref name="theirs"/>' MIME types and text/plain besides, which our kernel
    /// adds to every value (shown as <c>theirs + text/plain</c>, so a list entry can take in that and nothing else).</summary>
    private static bool PlainTextBeside(ValueView ours, ValueView theirs) =>
        !theirs.MimeTypes.Contains("text/plain") && ours.MimeTypes.Order(StringComparer.Ordinal).SequenceEqual(theirs.MimeTypes.Append("text/plain").Order(StringComparer.Ordinal));

    private static string Kinds(CellView view) => view.Values.Count == 0 ? "none" : string.Join(" ", view.Values.Select(v => v.Kind));

    private static string Restores(CellView view) => view.Restores.Length == 0 ? "none" : view.Restores;
}
