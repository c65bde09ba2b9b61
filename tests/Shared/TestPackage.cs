using System.IO.Compression;

namespace Notebooks.Testing;

/// <summary>Writes a small .nupkg for a folder feed: a nuspec with no dependencies, and the files and texts given.</summary>
internal static class TestPackage
{
    /// <summary>Writes <c>{id}.{version}.nupkg</c> into <paramref name="feed"/>, replacing one there; returns its path.</summary>
    /// <param name="feed">The folder feed.</param>
    /// <param name="id">The package id.</param>
    /// <param name="version">Its version.</param>
    /// <param name="files">Files to pack, by their path inside the package.</param>
    /// <param name="texts">Texts to pack, by their path inside the package.</param>
    public static string Write(string feed, string id, string version, IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, string>? texts = null)
    {
        Directory.CreateDirectory(feed);
        var path = Path.Combine(feed, $"{id}.{version}.nupkg");
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Text(zip, $"{id}.nuspec", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>{id}</id>
                <version>{version}</version>
                <authors>tests</authors>
                <description>A package made by a test.</description>
                <dependencies><group targetFramework="net10.0" /></dependencies>
              </metadata>
            </package>
            """);
        foreach (var (entry, file) in files)
        {
            zip.CreateEntryFromFile(file, entry);
        }

        foreach (var (entry, text) in texts ?? new Dictionary<string, string>())
        {
            Text(zip, entry, text);
        }

        return path;
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
