using Notebooks.DotNetInteractive.Tests.Support;
using Notebooks.Kernel.Execution;

namespace Notebooks.DotNetInteractive.Tests;

/// <summary>The magic commands the tool adds to its kernel, which the engine brings along.</summary>
public sealed class DirectiveTests
{
    [Fact]
    public async Task Time_AfterTheCell_ShowsWallTime()
    {
        await using var engine = Cells.Start();

        var cell = await Cells.Run(engine, "#!time\nawait Task.Delay(20);");

        Assert.Equal(CellStatus.Succeeded, cell.Status);
        var text = Assert.Single(cell.Displays).Value.PlainText;
        Assert.Matches(@"^Wall time: [0-9.]+ms$", text);
    }

    [Fact]
    public async Task Lsmagic_ListsTheMagicCommands()
    {
        await using var engine = Cells.Start();

        var cell = await Cells.Run(engine, "#!lsmagic");

        var text = Assert.Single(cell.Displays).Value.PlainText;
        Assert.Contains("#!time", text, StringComparison.Ordinal);
        Assert.Contains("#!who", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_ListsTheVariablesOfEarlierCells()
    {
        await using var engine = Cells.Start();
        await Cells.Run(engine, "var answer = 42;");

        var cell = await Cells.Run(engine, "#!who", number: 2);

        Assert.Contains("answer", Assert.Single(cell.Displays).Value.Data.Single().Value, StringComparison.Ordinal);
    }
}
