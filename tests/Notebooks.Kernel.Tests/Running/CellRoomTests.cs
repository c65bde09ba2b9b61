using System.Text.Json.Nodes;
using Notebooks.Kernel.Running;

namespace Notebooks.Kernel.Tests.Running;

/// <summary>A cell's space: what fits in its room and the notebook's budget, and the note on what was left out.</summary>
public sealed class CellRoomTests
{
    [Fact]
    public void TryTake_MoreThanTheRoom_TakesNothing()
    {
        var budget = new OutputBudget(1_000);
        var room = new CellRoom(10, budget);

        Assert.False(room.TryTake(11, 5));
        Assert.True(room.TryTake(10, 5));
        Assert.Equal(995, budget.Remaining);
        Assert.False(room.TryTake(1, 0));
    }

    [Fact]
    public void TryTake_MoreThanTheBudget_TakesNothingFromTheRoom()
    {
        var room = new CellRoom(100, new OutputBudget(10));

        Assert.False(room.TryTake(5, 11));
        Assert.True(room.TryTake(100, 10));
    }

    [Fact]
    public void Fit_TextLongerThanTheRoom_KeepsWhatFits()
    {
        var room = new CellRoom(3, new OutputBudget());

        Assert.Equal(3, room.Fit("abcdef"));
        Assert.Equal(0, room.Fit("g"));
    }

    [Fact]
    public void Fit_BudgetEndingInsideEscapedCharacters_StopsAtTheBudget()
    {
        // Each quote costs two bytes in the written file.
        var room = new CellRoom(100, new OutputBudget(5));

        Assert.Equal(2, room.Fit("\"\"\"\""));
    }

    [Fact]
    public void Fit_RoomEndingInsideASurrogatePair_KeepsThePairWhole()
    {
        var room = new CellRoom(2, new OutputBudget());

        Assert.Equal(1, room.Fit("a\U0001F600"));
    }

    [Fact]
    public void TryResize_ToASmallerValue_GivesBudgetBack()
    {
        var budget = new OutputBudget(1_000);
        var room = new CellRoom(1_000, budget);
        var large = new JsonObject { ["text/plain"] = new string('x', 100) };
        var small = new JsonObject { ["text/plain"] = "x" };
        var start = budget.Remaining;

        Assert.True(room.TryResize(small, large));
        Assert.True(room.TryResize(large, small));

        Assert.Equal(start, budget.Remaining);
        Assert.False(room.TryResize(small, new JsonObject { ["text/plain"] = new string('x', 2_000) }));
        Assert.Equal(start, budget.Remaining);
    }

    [Fact]
    public void AddNote_NothingLeftOut_AddsNothing()
    {
        var outputs = new List<JsonObject>();

        new CellRoom(10, new OutputBudget()).AddNote(outputs);

        Assert.Empty(outputs);
    }

    [Fact]
    public void AddNote_StreamCutShort_EndsItsTextWithTheCount()
    {
        var stream = new JsonObject { ["name"] = "stdout", ["output_type"] = "stream", ["text"] = "kept" };
        var outputs = new List<JsonObject> { stream };
        var room = new CellRoom(10, new OutputBudget());

        room.Truncated(stream, 40, outputs.Count);
        room.Drop(2);
        room.AddNote(outputs);

        Assert.Single(outputs);
        Assert.StartsWith("kept\n[output truncated: 42 more characters not kept; a cell keeps its outputs within", stream["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddNote_OutputLeftOutWhole_IsAStderrStreamWhereItWouldHaveBeen()
    {
        var first = new JsonObject { ["output_type"] = "display_data" };
        var last = new JsonObject { ["output_type"] = "display_data" };
        var outputs = new List<JsonObject> { first };
        var room = new CellRoom(10, new OutputBudget());

        room.Truncated(null, 7, outputs.Count);
        outputs.Add(last);
        room.AddNote(outputs);

        Assert.Equal(3, outputs.Count);
        Assert.Same(first, outputs[0]);
        Assert.Equal("stderr", outputs[1]["name"]!.GetValue<string>());
        Assert.StartsWith("[output truncated: 7 more characters not kept;", outputs[1]["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Same(last, outputs[2]);
    }

    [Fact]
    public void AddNote_BudgetSpentBeforeTheRoom_SaysTheNotebookLimit()
    {
        var outputs = new List<JsonObject>();
        var room = new CellRoom(1_000, new OutputBudget(10));

        room.Fit(new string('x', 20));
        room.Truncated(null, 10, 0);
        room.AddNote(outputs);

        Assert.Contains("a notebook keeps", Assert.Single(outputs)["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
