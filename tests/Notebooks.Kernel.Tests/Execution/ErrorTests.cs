using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Execution;

public sealed class ErrorTests
{
    [Fact]
    public async Task CompileError_ListsEachDiagnostic_WithPositionsRelativeToTheCell()
    {
        await using var kernel = new CSharpKernel();
        await CellRun.Of(kernel, "var a = 1;\nvar b = 2;");

        var run = await CellRun.Of(kernel, "var c = 1;\nvar d = missing;\nint e = \"text\";");

        Assert.Equal(CellStatus.Failed, run.Status);
        Assert.Equal("CompilationError", run.Error!.Name);
        Assert.Equal(
            ["(2,9): error CS0103: The name 'missing' does not exist in the current context", "(3,9): error CS0029: Cannot implicitly convert type 'string' to 'int'"],
            run.Error.Traceback);
    }

    [Fact]
    public async Task RuntimeError_NamesTheExceptionType_AndTrimsTheTracebackToTheCell()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "void Fail() => throw new ArgumentException(\"bad argument\");\nawait Task.Yield();\nFail();", null);

        Assert.Equal("ArgumentException", run.Error!.Name);
        Assert.Equal("bad argument", run.Error.Value);
        Assert.StartsWith("System.ArgumentException: bad argument", run.Error.Traceback[0], StringComparison.Ordinal);
        Assert.Contains(run.Error.Traceback, l => l.Contains("Fail()", StringComparison.Ordinal) && l.EndsWith(":line 1", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Error.Traceback, l => l.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal) || l.Contains("Notebooks.Kernel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RuntimeError_FromLibraryCode_KeepsTheLibraryFramesAboveTheCell()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "int.Parse(\"not a number\")");

        Assert.Equal("FormatException", run.Error!.Name);
        Assert.Contains(run.Error.Traceback, l => l.Contains("System.Int32.Parse", StringComparison.Ordinal));
        Assert.Contains("Submission#", run.Error.Traceback[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuntimeError_TheKernelKeepsRunningCells()
    {
        await using var kernel = new CSharpKernel();
        await CellRun.Of(kernel, "throw new Exception(\"first\");");

        var run = await CellRun.Of(kernel, "1 + 1");

        Assert.Equal("2", run.Value);
    }
}
