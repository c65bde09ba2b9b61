using System.Text.Json.Nodes;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Tests.Model;

/// <summary>The in-memory notebook's derived facts: a cell's tags, a notebook's default kernel, and a read error's message.</summary>
public sealed class NotebookModelTests
{
    [Fact]
    public void Tags_ArrayWithOtherValues_AreItsStringsInOrder()
    {
        var cell = new NotebookCell(CellKind.Code, "1") { Metadata = JsonNode.Parse("""{"tags": ["parameters", 3, null, "skip-execution", {"a": 1}]}""")!.AsObject() };

        Assert.Equal(["parameters", "skip-execution"], cell.Tags);
    }

    [Theory]
    [InlineData("""{"tags": "parameters"}""")]
    [InlineData("""{}""")]
    public void Tags_NotAnArray_AreNone(string metadata) =>
        Assert.Empty(new NotebookCell(CellKind.Code, "1") { Metadata = JsonNode.Parse(metadata)!.AsObject() }.Tags);

    [Theory]
    [InlineData("parameters", true)]
    [InlineData("Parameters", false)]
    [InlineData("param", false)]
    public void HasTag_Tag_MatchesWholeAndCaseSensitive(string tag, bool expected) =>
        Assert.Equal(expected, new NotebookCell(CellKind.Code, "1") { Metadata = new JsonObject { ["tags"] = new JsonArray("parameters") } }.HasTag(tag));

    [Theory]
    [InlineData("""{"polyglot_notebook": {"kernelInfo": {"defaultKernelName": "fsharp"}}}""", "fsharp")]
    [InlineData("""{"polyglot_notebook": {"kernelInfo": {"defaultKernelName": 1}}}""", "csharp")]
    [InlineData("""{"polyglot_notebook": {"kernelInfo": []}}""", "csharp")]
    [InlineData("""{}""", "csharp")]
    public void DefaultKernelName_Metadata_IsPolyglotsDefaultElseCSharp(string metadata, string expected) =>
        Assert.Equal(expected, new Notebook { Metadata = JsonNode.Parse(metadata)!.AsObject() }.DefaultKernelName);

    [Fact]
    public void NotebookFormatException_WithLocation_NamesFileAndPlace()
    {
        var inner = new FormatException("bad");
        var error = new NotebookFormatException("notebooks/a.ipynb", "cell 3", "source is not a string", inner);

        Assert.Equal("notebooks/a.ipynb:cell 3: source is not a string", error.Message);
        Assert.Equal(("notebooks/a.ipynb", "cell 3", "source is not a string"), (error.Path, error.Location, error.Reason));
        Assert.Same(inner, error.InnerException);
    }

    [Fact]
    public void NotebookFormatException_WithoutLocation_NamesTheFile() =>
        Assert.Equal("a.dib: not a notebook", new NotebookFormatException("a.dib", null, "not a notebook").Message);
}
