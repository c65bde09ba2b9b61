using System.Xml.Linq;

namespace Notebooks.Cli.Linting;

/// <summary>The package versions the repository pins: <c>Directory.Packages.props</c> and the version of each packable project under <c>src/</c>.</summary>
internal static class PackageVersions
{
    /// <summary>Id to version, read from the nearest folder above <paramref name="start"/> that has Directory.Packages.props; empty when none.</summary>
    public static IReadOnlyDictionary<string, string> Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var props = Path.Combine(folder.FullName, "Directory.Packages.props");
            if (File.Exists(props))
            {
                return Read(props, Path.Combine(folder.FullName, "src"));
            }
        }

        return new Dictionary<string, string>();
    }

    private static Dictionary<string, string> Read(string props, string src)
    {
        var versions = XDocument.Load(props).Descendants("PackageVersion")
            .Where(e => e.Attribute("Include") is not null && e.Attribute("Version") is not null)
            .ToDictionary(e => e.Attribute("Include")!.Value, e => e.Attribute("Version")!.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var project in Directory.Exists(src) ? Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories) : [])
        {
            if (XDocument.Load(project).Descendants("Version").FirstOrDefault()?.Value is { Length: > 0 } version)
            {
                versions[Path.GetFileNameWithoutExtension(project)] = version;
            }
        }

        return versions;
    }
}
