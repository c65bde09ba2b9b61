using System.Reflection;

namespace Notebooks.Cli.Site;

/// <summary>The files every page links to, written once per site: the stylesheet and the plotly.js that Plotly.NET embeds.</summary>
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
        var own = typeof(SiteAssets).Assembly;
        Copy(own, "Notebooks.Cli.Site.site.css", Path.Combine(directory, Css));
        var plotlyNet = typeof(global::Plotly.NET.GenericChart).Assembly;
        Copy(plotlyNet, PlotlyResource(plotlyNet), Path.Combine(directory, Plotly));
    }

    /// <summary>The name of plotly.js in Plotly.NET's resources (<c>Plotly.NET.plotly-X.Y.Z.min.js</c>).</summary>
    public static string PlotlyResource(Assembly plotlyNet) =>
        plotlyNet.GetManifestResourceNames().SingleOrDefault(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"{plotlyNet.GetName().Name} {plotlyNet.GetName().Version} does not embed plotly.min.js");

    private static void Copy(Assembly assembly, string resource, string target)
    {
        using var source = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"resource {resource} is missing");
        using var file = File.Create(target);
        source.CopyTo(file);
    }
}
