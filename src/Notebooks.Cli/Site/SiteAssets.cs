namespace Notebooks.Cli.Site;

/// <summary>The files every page links to, written once per site: the stylesheet and plotly.js, both resources of the CLI.</summary>
internal static class SiteAssets
{
    /// <summary>The stylesheet, relative to the site's root.</summary>
    public const string Css = "assets/site.css";

    /// <summary>plotly.js, relative to the site's root; loaded before the body, so charts find <c>window.Plotly</c> with no network.</summary>
    public const string Plotly = "assets/plotly.min.js";

    /// <summary>Writes the assets under <paramref name="directory"/>.</summary>
    public static void Write(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "assets"));
        Copy("Notebooks.Cli.Site.site.css", Path.Combine(directory, Css));
        Copy("Notebooks.Cli.Site.plotly.min.js", Path.Combine(directory, Plotly));
    }

    private static void Copy(string resource, string target)
    {
        using var source = typeof(SiteAssets).Assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"resource {resource} is missing");
        using var file = File.Create(target);
        source.CopyTo(file);
    }
}
