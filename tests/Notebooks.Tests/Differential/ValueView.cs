namespace Notebooks.Tests.Differential;

/// <summary>One value a cell showed (<c>display_data</c> or <c>execute_result</c>): its MIME types and their normalised text.</summary>
/// <param name="Kind"><c>display</c> or <c>result</c>.</param>
/// <param name="MimeTypes">Its MIME types, in ordinal order.</param>
/// <param name="PlainText">The text/plain content, normalised, or null.</param>
/// <param name="HtmlText">What the text/html view shows as text, normalised, or null.</param>
internal sealed record ValueView(string Kind, IReadOnlyList<string> MimeTypes, string? PlainText, string? HtmlText)
{
    /// <summary>Whether this is .NET Interactive's package manager reporting a restore: its sources and packages as HTML, or the
    /// empty HTML that summary becomes when the restore fails.</summary>
    public bool IsRestoreSummary =>
        PlainText is null && HtmlText is { } text
        && (text.Length == 0 || text.StartsWith("Restore sources", StringComparison.Ordinal) || text.StartsWith("Installing Packages", StringComparison.Ordinal) || text.StartsWith("Installed Packages", StringComparison.Ordinal));

    /// <summary>How the MIME aspect shows it: <c>text/html, text/plain</c>.</summary>
    public string Mime => string.Join(", ", MimeTypes);
}
