using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;
using Notebooks.Testing;

namespace Notebooks.Kernel.Tests.Execution;

/// <summary>The contract libraries rely on: <c>Notebooks.Kernel.Scripting.CurrentCell.CancellationToken</c>, found by name, is the running cell's token.</summary>
public sealed class CurrentCellTests
{
    private const string ByReflection =
        "var token = (System.Threading.CancellationToken)Type.GetType(\"Notebooks.Kernel.Scripting.CurrentCell, Notebooks.Kernel\")!.GetProperty(\"CancellationToken\")!.GetValue(null)!;";

    [Fact]
    public async Task CancellationToken_FoundByName_IsTheCellsToken()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, ByReflection + "\ntoken == CellCancellationToken && token.CanBeCanceled");

        Assert.Equal("True", run.Value);
    }

    [Fact]
    public async Task CancellationToken_FoundByName_IsCancelledOnTimeout()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, ByReflection + "\nawait Task.Delay(System.Threading.Timeout.Infinite, token);", TimeSpan.FromMilliseconds(300));

        Assert.Equal(CellStatus.TimedOut, run.Status);
    }

    [Fact]
    public async Task CurrentCell_InACell_IsTheImportedLibrarysInThisCellAndLaterOnes()
    {
        var folder = Directory.CreateTempSubdirectory("nb-current").FullName;
        TestAssembly.Emit(Path.Combine(folder, "Lib.dll"), "namespace Lib; public static class CurrentCell { public static string Name => \"the library's\"; }");
        await using var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = folder });

        var sameCell = await CellRun.Of(kernel, "#r \"Lib.dll\"\nusing Lib;\nCurrentCell.Name");
        var nextCell = await CellRun.Of(kernel, "CurrentCell.Name");

        Assert.Equal("the library's", sameCell.Value);
        Assert.Equal("the library's", nextCell.Value);
    }
}
