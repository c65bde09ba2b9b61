namespace Notebooks.Kernel.Packages;

/// <summary>Reads the asset list a restore project writes: <c>kind|path|package id|version</c> lines.</summary>
internal static class AssetList
{
    /// <summary>The restored packages, or null when the list is missing or names files that are gone.</summary>
    public static RestoredPackages? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var assemblies = new List<string>();
        var natives = new List<string>();
        var packages = new Dictionary<string, ResolvedPackage>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadAllLines(path))
        {
            var parts = line.Split('|');
            if (parts.Length != 4 || !File.Exists(parts[1]))
            {
                return null;
            }

            (parts[0] == "native" ? natives : assemblies).Add(parts[1]);
            if (parts[2].Length > 0 && !packages.ContainsKey(parts[2]))
            {
                packages[parts[2]] = new ResolvedPackage(parts[2], parts[3], PackageFolder(parts[1], parts[2], parts[3]));
            }
        }

        return new RestoredPackages(assemblies, natives, [.. packages.Values]);
    }

    private static string PackageFolder(string asset, string id, string version)
    {
        var marker = $"{Path.DirectorySeparatorChar}{id.ToLowerInvariant()}{Path.DirectorySeparatorChar}{version.ToLowerInvariant()}{Path.DirectorySeparatorChar}";
        var at = asset.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? Path.GetDirectoryName(asset)! : asset[..(at + marker.Length - 1)];
    }
}
