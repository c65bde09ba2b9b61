using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Execution;

public sealed class StateTests
{
    [Fact]
    public async Task ExecuteAsync_LaterCell_SeesVariablesMethodsTypesAndUsings()
    {
        await using var kernel = new CSharpKernel();
        await CellRun.Of(kernel, "using System.Text.Json;\nvar count = 2;\nint Twice(int x) => x * 2;\nrecord Point(int X, int Y);\nclass Box { public int Size = 3; }");

        var run = await CellRun.Of(kernel, "JsonSerializer.Serialize(new Point(Twice(count), new Box().Size))");

        Assert.Equal(CellStatus.Succeeded, run.Status);
        Assert.Equal("""{"X":4,"Y":3}""", run.Value);
    }

    [Fact]
    public async Task ExecuteAsync_TopLevelAwait_CompletesAndKeepsTheResult()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "await Task.Delay(10);\nvar answer = await Task.FromResult(42);\nanswer");

        Assert.Equal("42", run.Value);
    }

    [Fact]
    public async Task ExecuteAsync_CellThatThrows_KeepsStateAssignedBeforeTheThrow()
    {
        await using var kernel = new CSharpKernel();
        var failing = await CellRun.Of(kernel, "var before = 7;\nthrow new InvalidOperationException(\"boom\");\nvar after = 8;");

        var next = await CellRun.Of(kernel, "before");

        Assert.Equal(CellStatus.Failed, failing.Status);
        Assert.Equal("7", next.Value);
    }

    [Theory]
    [InlineData("Console.WriteLine(1)")]
    [InlineData("var x = 1;")]
    [InlineData("Math.Max(1, 2);")]
    [InlineData("await Task.Delay(1)")]
    public async Task ExecuteAsync_NoTrailingValue_ProducesNoReturnValue(string code)
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, code);

        Assert.Equal(CellStatus.Succeeded, run.Status);
        Assert.Empty(run.Events.OfType<ReturnValueEvent>());
    }
}
