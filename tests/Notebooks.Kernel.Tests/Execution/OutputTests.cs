using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Execution;

public sealed class OutputTests
{
    [Fact]
    public async Task ExecuteAsync_StreamsAndDisplays_ArriveInTheOrderTheyHappen()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "Console.WriteLine(\"one\");\ndisplay(2);\nConsole.Error.WriteLine(\"three\");\nawait Task.Run(() => Console.WriteLine(\"four\"));\n5");

        var sequence = run.Events.Select(e => e switch
        {
            StreamEvent s => s.Text.Trim(),
            DisplayEvent d => d.Value.PlainText,
            ReturnValueEvent v => v.Value.PlainText,
            _ => null,
        }).OfType<string>().Where(s => s.Length > 0);
        Assert.Equal(["one", "2", "three", "four", "5"], sequence);
        Assert.Equal("three\n", run.Stderr);
    }

    [Fact]
    public async Task ExecuteAsync_TwoKernelsAtOnce_EachCellGetsOnlyItsOwnOutput()
    {
        await using var first = new CSharpKernel();
        await using var second = new CSharpKernel();
        const string Code = "for (var i = 0; i < 200; i++) { Console.WriteLine(\"{0}\" + i); await Task.Yield(); }";

        var runs = await Task.WhenAll(CellRun.Of(first, Code.Replace("{0}", "a", StringComparison.Ordinal)), CellRun.Of(second, Code.Replace("{0}", "b", StringComparison.Ordinal)));

        Assert.All(runs[0].Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("a", l, StringComparison.Ordinal));
        Assert.All(runs[1].Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("b", l, StringComparison.Ordinal));
        Assert.Equal(200, runs[0].Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task ExecuteAsync_OutputFromATaskThatOutlivesItsCell_IsKeptForTheNextCell()
    {
        await using var kernel = new CSharpKernel();
        await CellRun.Of(kernel, "var gate = new TaskCompletionSource();\nvar late = Task.Run(async () => { await gate.Task; Console.WriteLine(\"late line\"); });");

        var next = await CellRun.Of(kernel, "gate.SetResult();\nawait late;");
        var after = await CellRun.Of(kernel, "1");

        Assert.Equal("late line\n", next.Stdout + after.Stdout);
    }

    [Fact]
    public async Task Display_ReturnsAHandle_WhoseUpdateReplacesTheValue()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "var handle = display(\"before\");\nhandle.Update(\"after\");\nhandle");

        Assert.Equal(2, run.Displays.Count);
        Assert.False(run.Displays[0].IsUpdate);
        Assert.True(run.Displays[1].IsUpdate);
        Assert.Equal(run.Displays[0].DisplayId, run.Displays[1].DisplayId);
        Assert.Equal("after", run.Displays[1].Value.PlainText);
        Assert.Null(run.Value);
    }

    [Fact]
    public async Task DisplayExtension_FormattingsDisplayAndDisplayAs_ShowAsDisplayData()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "new[] { 1, 2, 3 }.Display();\n\"<b>hi</b>\".DisplayAs(\"text/html\");");

        Assert.True(run.Status == CellStatus.Succeeded, run.Error?.Summary);
        Assert.Equal("[ 1, 2, 3 ]", run.Displays[0].Value.PlainText);
        Assert.Equal(["text/plain", "text/html"], run.Displays[1].Value.Data.Select(p => p.Key));
        Assert.Contains(run.Displays[1].Value.Data, p => p.Key == "text/html" && p.Value == "<b>hi</b>");
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("\"raw text\"", "raw text")]
    [InlineData("System.Globalization.CultureInfo.CurrentCulture = new(\"de-DE\");\n1234.5", "1234.5")]
    [InlineData("new List<string> { \"a\", \"b\" }", "[ a, b ]")]
    [InlineData("Enumerable.Range(1, 25).ToList()", "[ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 ... (5 more) ]")]
    [InlineData("(object?)null", "<null>")]
    [InlineData("true", "True")]
    [InlineData("new Dictionary<string, int> { [\"a\"] = 1 }", "Dictionary<String,Int32>\n      - Key: a\n        Value: 1")]
    public async Task ReturnValue_PlainText_IsReadable(string code, string expected)
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, code);

        Assert.Equal(expected, run.Value);
    }
}
