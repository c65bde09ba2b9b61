namespace Notebooks.Kernel.Display;

/// <summary>A value rendered for display: MIME type to text, <c>text/plain</c> always first.</summary>
/// <param name="Data">The renderings in order.</param>
/// <param name="Errors">Formatters that threw, as messages; the value still shows with what did render.</param>
public sealed record FormattedValue(IReadOnlyList<KeyValuePair<string, string>> Data, IReadOnlyList<string> Errors)
{
    /// <summary>The MIME type every value carries.</summary>
    public const string PlainTextMimeType = "text/plain";

    /// <summary>The plain-text rendering.</summary>
    public string PlainText => Data.FirstOrDefault(p => p.Key == PlainTextMimeType).Value ?? "";

    /// <summary>A value that only has plain text.</summary>
    public static FormattedValue FromText(string mimeType, string text) => new([new(mimeType, text)], []);
}
