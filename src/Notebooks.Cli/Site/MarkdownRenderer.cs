using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Notebooks.Kernel.Model;

namespace Notebooks.Cli.Site;

/// <summary>
/// Markdown cells as HTML (Markdig, advanced extensions). Raw HTML in Markdown is shown as text and script URLs are dropped:
/// a notebook's prose stays prose; rich HTML belongs in outputs.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    /// <summary>The HTML of a Markdown cell's source.</summary>
    public static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url, link.IsImage))
            {
                link.Url = "#";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !IsSafeUrl(l.Url, isImage: false)))
        {
            link.Url = "#";
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>The notebook's title: the text of its first Markdown heading, or null when it has none.</summary>
    public static string? Title(Notebook notebook)
    {
        foreach (var cell in notebook.Cells.Where(c => c.Kind == CellKind.Markdown))
        {
            if (Markdown.Parse(cell.Source, Pipeline).Descendants<HeadingBlock>().FirstOrDefault() is { Inline: { } inline })
            {
                var text = string.Concat(inline.Descendants<Inline>().Select(i => i switch
                {
                    LiteralInline literal => literal.Content.ToString(),
                    CodeInline code => code.Content,
                    _ => "",
                })).Trim();
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return null;
    }

    private static bool IsSafeUrl(string? url, bool isImage)
    {
        var trimmed = new string((url ?? "").Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || trimmed.AsSpan(0, colon).IndexOfAny('/', '?', '#') >= 0)
        {
            return true;
        }

        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto"
            || (isImage && scheme == "data" && trimmed.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) && !trimmed.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase));
    }
}
