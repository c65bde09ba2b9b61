using System.Reflection;
using AsyncPatterns.Interactive.Tests.Support;
using AsyncPatterns.Interactive.Timelines;

namespace AsyncPatterns.Interactive.Tests;

/// <summary>The build leaves the library where this repository's notebooks <c>#r</c> it: artifacts/extension, beside the notebooks folder.</summary>
public sealed class ExtensionFolderTests
{
    private static readonly string Folder = Path.Combine(Repository.Root, "artifacts", "extension");

    [Fact]
    public void Build_AnyConfiguration_CopiesTheDllDocsAndSymbolsToArtifactsExtension()
    {
        var dll = Path.Combine(Folder, "AsyncPatterns.Interactive.dll");

        Assert.True(File.Exists(dll), $"{dll} is missing");
        Assert.Equal(typeof(Timeline).Assembly.GetName().FullName, AssemblyName.GetAssemblyName(dll).FullName);
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".xml")));
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".pdb")));
    }

    [Fact]
    public void Build_AnyConfiguration_LeavesNoTemporaryCopies()
    {
        Assert.Empty(Directory.GetFiles(Folder, "*.tmp"));
    }
}
