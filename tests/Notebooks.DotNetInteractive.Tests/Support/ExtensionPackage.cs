using Notebooks.Testing;

namespace Notebooks.DotNetInteractive.Tests.Support;

/// <summary>Builds a .nupkg in a folder feed with a library and an <c>interactive-extensions/dotnet</c> folder (a kernel extension, an extension.dib).</summary>
internal static class ExtensionPackage
{
    public const string Id = "Fixture.Extension";

    /// <summary>The library: a type for the extension to format.</summary>
    private const string LibrarySource = "namespace Fixture; public sealed class Marker { }";

    /// <summary>The kernel extension: gives <c>Marker</c> an HTML view, as Plotly.NET.Interactive and Microsoft.Data.Analysis do for theirs.</summary>
    private const string ExtensionSource = """
        using System.Threading.Tasks;
        using Microsoft.DotNet.Interactive;
        using Microsoft.DotNet.Interactive.Formatting;
        namespace Fixture;
        public sealed class MarkerExtension : IKernelExtension
        {
            public Task OnLoadAsync(Kernel kernel)
            {
                Formatter.Register<Marker>((marker, writer) => writer.Write("<b>formatted by the extension</b>"), HtmlFormatter.MimeType);
                return Task.CompletedTask;
            }
        }
        """;

    /// <summary>A kernel extension that fails, as one whose dependencies the host lacks would.</summary>
    private const string BrokenExtensionSource = """
        namespace Fixture;
        public sealed class BrokenExtension : Microsoft.DotNet.Interactive.IKernelExtension
        {
            public System.Threading.Tasks.Task OnLoadAsync(Microsoft.DotNet.Interactive.Kernel kernel) => throw new System.InvalidOperationException("broken on purpose");
        }
        """;

    /// <summary>Writes the package into a new feed folder and returns the folder and the package's version, new each time so NuGet's cache never answers.</summary>
    /// <param name="extensionDib">The package's extension.dib, or null for none.</param>
    /// <param name="broken">Whether the extension assembly also declares an extension that fails.</param>
    public static (string Feed, string Version) CreateFeed(string? extensionDib, bool broken = false)
    {
        var version = $"1.0.{Environment.TickCount64 & 0x7fffffff}";
        var feed = Directory.CreateTempSubdirectory("dni-feed").FullName;
        var build = Directory.CreateTempSubdirectory("dni-pkg").FullName;
        var library = TestAssembly.Emit(Path.Combine(build, Id + ".dll"), LibrarySource);
        // An assembly name of its own: the engine reuses an extension assembly of that name another kernel of the process loaded.
        var extensionName = broken ? Id + ".Interactive.Broken" : Id + ".Interactive";
        var extension = TestAssembly.Emit(Path.Combine(build, extensionName + ".dll"), broken ? ExtensionSource + BrokenExtensionSource.Replace("namespace Fixture;", "", StringComparison.Ordinal) : ExtensionSource, library, typeof(Microsoft.DotNet.Interactive.Kernel).Assembly.Location, typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly.Location);
        var files = new Dictionary<string, string> { [$"lib/net10.0/{Id}.dll"] = library, [$"interactive-extensions/dotnet/{extensionName}.dll"] = extension };
        var texts = extensionDib is null ? null : new Dictionary<string, string> { ["interactive-extensions/dotnet/extension.dib"] = extensionDib };
        TestPackage.Write(feed, Id, version, files, texts);
        return (feed, version);
    }
}
