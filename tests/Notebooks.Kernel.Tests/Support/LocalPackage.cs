using System.IO.Compression;
using Notebooks.Kernel.Tests.Execution;

namespace Notebooks.Kernel.Tests.Support;

/// <summary>Builds a small .nupkg in a folder feed: one library and, optionally, an extension.dib.</summary>
internal static class LocalPackage
{
    public static string Create(string feed, string id, string version, string librarySource, string? extensionDib)
    {
        Directory.CreateDirectory(feed);
        var dll = Path.Combine(Directory.CreateTempSubdirectory("nb-pkg").FullName, id + ".dll");
        DirectiveTests.EmitLibrary(dll, librarySource);
        var path = Path.Combine(feed, $"{id}.{version}.nupkg");
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Write(zip, $"{id}.nuspec", $"""
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
        zip.CreateEntryFromFile(dll, $"lib/net10.0/{id}.dll");
        if (extensionDib is not null)
        {
            Write(zip, "interactive-extensions/dotnet/extension.dib", extensionDib);
        }

        return path;
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
