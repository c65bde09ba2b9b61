using Notebooks.DotNetInteractive.Tests.Support;
using Notebooks.Kernel.Execution;

namespace Notebooks.DotNetInteractive.Tests;

/// <summary>.NET Interactive's C# kernel behind the engine seam: values, streams, errors, state and the tool's defaults.</summary>
public sealed class InteractiveKernelTests
{
    [Fact]
    public async Task ExecuteAsync_TrailingExpression_IsFormattedAsHtmlLikeThePolyglotFrontEnd()
    {
        await using var engine = Cells.Start();

        var cell = await Cells.Run(engine, "new[] { 1, 2, 3 }");

        Assert.Equal(CellStatus.Succeeded, cell.Status);
        var html = Assert.Single(cell.Value!.Value.Data, d => d.Key == "text/html").Value;
        Assert.Contains("[ 1, 2, 3 ]", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_String_IsPlainText()
    {
        await using var engine = Cells.Start();

        var cell = await Cells.Run(engine, "\"abc\"");

        Assert.Equal("abc", Assert.Single(cell.Value!.Value.Data, d => d.Key == "text/plain").Value);
    }

    [Fact]
    public async Task ExecuteAsync_ConsoleWrites_BecomeStdoutAndStderr()
    {
        await using var engine = Cells.Start();

        var cell = await Cells.Run(engine, "Console.WriteLine(\"out\"); Console.Error.WriteLine(\"err\");");

        Assert.Equal("out\n", cell.Stdout.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal("err\n", cell.Stderr.Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_StateCarriesFromCellToCell()
    {
        await using var engine = Cells.Start();

        await Cells.Run(engine, "var x = 40;");
        var cell = await Cells.Run(engine, "x + 2", number: 2);

        Assert.Contains("42", cell.Value!.Value.Data.Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_SystemThreadingWithoutUsing_IsACompileErrorAsInTheTool()
    {
        await using var engine = Cells.Start();

        var cell = await Cells.Run(engine, "int n = 0; Interlocked.Increment(ref n);");

        Assert.Equal(CellStatus.Failed, cell.Status);
        Assert.Equal("CompilationError", cell.Error!.Name);
        Assert.Contains("CS0103", cell.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_FrameworkAssemblyByName_LoadsWithHashR()
    {
        await using var engine = Cells.Start();

        var cell = await Cells.Run(engine, "#r \"System.Threading.RateLimiting\"\nusing System.Threading.RateLimiting;\ntypeof(RateLimiter).Name");

        Assert.Equal(CellStatus.Succeeded, cell.Status);
        Assert.Equal("RateLimiter", cell.Value!.Value.Data.Single().Value);
    }

    [Fact]
    public async Task ExecuteAsync_Exception_FailsWithItsTypeAndTheCellsFrames()
    {
        await using var engine = Cells.Start();

        var cell = await Cells.Run(engine, "throw new InvalidOperationException(\"boom\");");

        Assert.Equal(CellStatus.Failed, cell.Status);
        Assert.Equal("InvalidOperationException", cell.Error!.Name);
        Assert.Equal("boom", cell.Error.Value);
        Assert.Contains(cell.Error.Traceback, l => l.Contains("Submission#", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_DisplayThenUpdate_YieldsADisplayAndAnUpdateWithTheNewValue()
    {
        await using var engine = Cells.Start();

        var cell = await Cells.Run(engine, "var h = display(1); h.Update(2);");

        Assert.Equal(2, cell.Displays.Count);
        Assert.False(cell.Displays[0].IsUpdate);
        Assert.True(cell.Displays[1].IsUpdate);
        Assert.Contains("<pre>2</pre>", cell.Displays[1].Value.Data.Single().Value, StringComparison.Ordinal);
    }
}
