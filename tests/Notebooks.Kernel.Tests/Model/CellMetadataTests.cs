using System.Text.Json.Nodes;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Tests.Model;

/// <summary>The metadata conventions cells and notebooks carry: the kernel a cell names, and timeouts in seconds.</summary>
public sealed class CellMetadataTests
{
    [Fact]
    public void KernelName_ForKernelsMetadata_IsThatKernel() =>
        Assert.Equal("fsharp", CellMetadata.KernelName(Cell(CellMetadata.ForKernel("fsharp"))));

    [Fact]
    public void KernelName_BothKeysDisagree_PolyglotsWins()
    {
        var metadata = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = "pwsh" },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
        };

        Assert.Equal("csharp", CellMetadata.KernelName(Cell(metadata)));
    }

    [Theory]
    [InlineData("""{"dotnet_interactive": {"language": "pwsh"}}""", "pwsh")]
    [InlineData("""{"polyglot_notebook": {"kernelName": 3}, "dotnet_interactive": {"language": "pwsh"}}""", "pwsh")]
    [InlineData("""{"polyglot_notebook": "csharp"}""", null)]
    [InlineData("""{}""", null)]
    public void KernelName_OtherShapes_FallBackOrAreNull(string metadata, string? expected) =>
        Assert.Equal(expected, CellMetadata.KernelName(Cell(JsonNode.Parse(metadata)!.AsObject())));

    [Theory]
    [InlineData("""{"timeout": 2.5}""", 2.5)]
    [InlineData("""{"timeout": 600}""", 600.0)]
    [InlineData("""{"timeout": 0}""", null)]
    [InlineData("""{"timeout": -1}""", null)]
    [InlineData("""{"timeout": "60"}""", null)]
    [InlineData("""{"timeout": 1e300}""", null)]
    [InlineData("""{"execution": {"timeout": 5}}""", null)]
    public void CellTimeout_Metadata_IsAPositiveNumberOfSecondsOrNull(string metadata, double? seconds) =>
        Assert.Equal(seconds is { } s ? TimeSpan.FromSeconds(s) : null, CellMetadata.CellTimeout(JsonNode.Parse(metadata)!.AsObject()));

    [Theory]
    [InlineData("""{"execution": {"timeout": 30}}""", 30.0)]
    [InlineData("""{"execution": 30}""", null)]
    [InlineData("""{"timeout": 30}""", null)]
    public void NotebookTimeout_Metadata_IsExecutionTimeoutOrNull(string metadata, double? seconds) =>
        Assert.Equal(seconds is { } s ? TimeSpan.FromSeconds(s) : null, CellMetadata.NotebookTimeout(JsonNode.Parse(metadata)!.AsObject()));

    private static NotebookCell Cell(JsonObject metadata) => new(CellKind.Code, "1") { Metadata = metadata };
}
