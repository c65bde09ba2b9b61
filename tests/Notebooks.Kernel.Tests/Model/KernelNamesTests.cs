using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Tests.Model;

/// <summary>Which kernel a cell runs in: its <c>#!name</c> line, then its metadata, then the notebook's default.</summary>
public sealed class KernelNamesTests
{
    [Theory]
    [InlineData("csharp", "csharp")]
    [InlineData("C#", "csharp")]
    [InlineData("f#", "fsharp")]
    [InlineData("powershell", "pwsh")]
    [InlineData("js", "javascript")]
    [InlineData("md", "markdown")]
    [InlineData("CSharp", null)]
    [InlineData("ruby", null)]
    [InlineData("", null)]
    public void Resolve_NameOrAlias_IsItsCanonicalKernel(string name, string? expected) => Assert.Equal(expected, KernelNames.Resolve(name));

    [Fact]
    public void All_EveryAlias_ResolvesToAKernelThatIsItsOwnCanonicalName() =>
        Assert.All(KernelNames.All, pair => Assert.Equal(pair.Value, KernelNames.Resolve(pair.Value)));

    [Theory]
    [InlineData("#!fsharp\nlet x = 1", "fsharp")]
    [InlineData("  #!pwsh  \nGet-Date", "pwsh")]
    [InlineData("#!F#", "fsharp")]
    [InlineData("#!time\nvar x = 1;", "csharp")]
    [InlineData("var x = 1;\n#!fsharp", "csharp")]
    public void ForCell_FirstLine_NamesTheKernelOnlyWhenItIsOne(string source, string expected) =>
        Assert.Equal(expected, KernelNames.ForCell(new NotebookCell(CellKind.Code, source), "csharp"));

    [Fact]
    public void ForCell_KernelLineAndMetadataDisagree_TheLineWins() =>
        Assert.Equal("pwsh", KernelNames.ForCell(new NotebookCell(CellKind.Code, "#!pwsh\nGet-Date") { Metadata = CellMetadata.ForKernel("fsharp") }, "csharp"));

    [Theory]
    [InlineData("F#", "fsharp")]
    [InlineData("ruby", "ruby")]
    public void ForCell_MetadataName_IsResolvedOrKeptAsItIs(string named, string expected) =>
        Assert.Equal(expected, KernelNames.ForCell(new NotebookCell(CellKind.Code, "x") { Metadata = CellMetadata.ForKernel(named) }, "csharp"));

    [Fact]
    public void ForCell_NothingNamed_IsTheNotebooksDefault() =>
        Assert.Equal("fsharp", KernelNames.ForCell(new NotebookCell(CellKind.Code, "let x = 1"), "fsharp"));
}
