namespace Notebooks.Cli.Site;

/// <summary>The frame every page shares: doctype, head with the site's CSS (and plotly.js on notebook pages), body.</summary>
internal static class PageLayout
{
    /// <summary>The document up to the opening of <c>main</c>.</summary>
    public static string Start(string title, bool plotly) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Escape(title)}</title>
        <link rel="stylesheet" href="{SiteAssets.Css}">
        {(plotly ? $"<script src=\"{SiteAssets.Plotly}\" charset=\"utf-8\"></script>\n" : "")}</head>
        <body>
        <main>

        """;

    /// <summary>The end of the document.</summary>
    public const string End = "</main>\n</body>\n</html>\n";
}
