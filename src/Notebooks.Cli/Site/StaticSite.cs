using System.Text;

namespace Notebooks.Cli.Site;

/// <summary>A static HTML site of executed notebooks: <c>index.html</c>, one page per notebook, and shared assets.</summary>
internal static class StaticSite
{
    /// <summary>Writes the site for <paramref name="pages"/>, in their order, into <paramref name="directory"/>.</summary>
    public static async Task WriteAsync(string directory, IReadOnlyList<SitePage> pages, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        SiteAssets.Write(directory);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "index.html" };
        var entries = new List<(SitePage Page, string Title, string? FileName)>();
        using var highlighter = new CSharpHighlighter();
        foreach (var page in pages)
        {
            var title = (page.Notebook is { } notebook ? MarkdownRenderer.Title(notebook) : null) ?? Path.GetFileNameWithoutExtension(page.SourcePath);
            var fileName = page.Ran ? FileName(page.SourcePath, names) : null;
            if (fileName is not null)
            {
                var html = await NotebookPage.RenderAsync(page, title, highlighter, cancellationToken);
                await File.WriteAllTextAsync(Path.Combine(directory, fileName), html, Utf8, cancellationToken);
            }

            entries.Add((page, title, fileName));
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "index.html"), IndexPage.Render(entries), Utf8, cancellationToken);
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The page's file: the notebook's name (<c>NN-kebab-title.html</c> in the collection), made unique in the site.</summary>
    private static string FileName(string sourcePath, HashSet<string> taken)
    {
        var stem = new string([.. Path.GetFileNameWithoutExtension(sourcePath).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-')]);
        var name = stem + ".html";
        for (var n = 2; !taken.Add(name); n++)
        {
            name = $"{stem}-{n}.html";
        }

        return name;
    }
}
