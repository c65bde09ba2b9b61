using Notebooks.Testing;

namespace Notebooks.Kernel.Tests.Support;

/// <summary>Builds a small .nupkg in a folder feed: one library and, optionally, an extension.dib.</summary>
internal static class LocalPackage
{
    /// <summary>Writes <c>{id}.{version}.nupkg</c> into <paramref name="feed"/>: <paramref name="librarySource"/> as its library, with an
    /// <c>extension.dib</c> and, from <paramref name="extensionSource"/>, <c>interactive-extensions/dotnet/{id}.Extension.dll</c> (compiled
    /// against the library and .NET Interactive's core, for <c>IKernelExtension</c> types) when they are given.</summary>
    public static string Create(string feed, string id, string version, string librarySource, string? extensionDib, string? extensionSource = null)
    {
        var build = Directory.CreateTempSubdirectory("nb-pkg").FullName;
        var dll = TestAssembly.Emit(Path.Combine(build, id + ".dll"), librarySource);
        var files = new Dictionary<string, string> { [$"lib/net10.0/{id}.dll"] = dll };
        if (extensionSource is not null)
        {
            files[$"interactive-extensions/dotnet/{id}.Extension.dll"] = TestAssembly.Emit(
                Path.Combine(build, id + ".Extension.dll"),
                extensionSource,
                dll,
                typeof(Microsoft.DotNet.Interactive.Kernel).Assembly.Location,
                typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly.Location,
                typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly.Location);
        }

        var texts = extensionDib is null ? null : new Dictionary<string, string> { ["interactive-extensions/dotnet/extension.dib"] = extensionDib };
        return TestPackage.Write(feed, id, version, files, texts);
    }
}
