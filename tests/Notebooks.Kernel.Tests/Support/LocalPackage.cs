using System.IO.Compression;
using Notebooks.Kernel.Tests.Execution;

namespace Notebooks.Kernel.Tests.Support;

/// <summary>Builds a small .nupkg in a folder feed: one library and, optionally, an extension.dib.</summary>
internal static class LocalPackage
{
    /// <summary>Writes <c>{id}.{version}.nupkg</c> into <paramref name="feed"/>: <paramref name="librarySource"/> as its library, with an
    /// <c>extension.dib</c> and, from <paramref name="extensionSource"/>, <c>interactive-extensions/dotnet/{id}.Extension.dll</c> (compiled
    /// against the library and .NET Interactive's core, for <c>IKernelExtension</c> types) when they are given.</summary>
    public static string Create(string feed, string id, string version, string librarySource, string? extensionDib, string? extensionSource = null)
    {
        Directory.CreateDirectory(feed);
        var build = Directory.CreateTempSubdirectory("nb-pkg").FullName;
        var dll = Path.Combine(build, id + ".dll");
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
        if (extensionSource is not null)
        {
            var extension = Path.Combine(build, id + ".Extension.dll");
            DirectiveTests.EmitLibrary(
                extension,
                extensionSource,
                dll,
                typeof(Microsoft.DotNet.Interactive.Kernel).Assembly.Location,
                typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly.Location,
                typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly.Location);
            zip.CreateEntryFromFile(extension, $"interactive-extensions/dotnet/{id}.Extension.dll");
        }

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
