using System.Text.Json.Nodes;
using Notebooks.Kernel.Display;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Running;

namespace Notebooks.Kernel.Tests.Running;

public sealed class OutputBuilderTests
{
    private static readonly CellCompletedEvent Completed = new(CellStatus.Succeeded, TimeSpan.Zero);

    [Fact]
    public void Add_ManyWritesToOneStream_MakeOneOutputWithAllTheText()
    {
        var outputs = new List<JsonObject>();
        var builder = new OutputBuilder(outputs, 1, 0, new OutputBudget());

        for (var i = 0; i < 1000; i++)
        {
            builder.Add(new StreamEvent("stdout", $"{i}\n"));
        }

        builder.Add(new StreamEvent("stderr", "oops\n"));
        builder.Add(new StreamEvent("stdout", "last\n"));
        builder.Add(Completed);

        Assert.Equal(["stdout", "stderr", "stdout"], outputs.Select(o => o["name"]!.GetValue<string>()));
        Assert.Equal(string.Concat(Enumerable.Range(0, 1000).Select(i => $"{i}\n")), outputs[0]["text"]!.GetValue<string>());
        Assert.Equal("last\n", outputs[2]["text"]!.GetValue<string>());
    }

    [Fact]
    public void Add_StreamPastTheNotebookBudget_KeepsTheStartAndNotesHowMuchWasLeftOut()
    {
        var outputs = new List<JsonObject>();
        var builder = new OutputBuilder(outputs, 1, 0, new OutputBudget(10_000));
        const string Line = "0123456789abcdefghi\n";

        for (var i = 0; i < 1000; i++)
        {
            builder.Add(new StreamEvent("stdout", Line));
        }

        builder.Add(new DisplayEvent(FormattedValue.FromText("text/plain", "after the cut"), "d1"));
        builder.Add(Completed);

        var output = Assert.Single(outputs);
        var text = output["text"]!.GetValue<string>();
        var note = text[text.LastIndexOf('[')..];
        var kept = text.Length - note.Length - 1;
        var full = string.Concat(Enumerable.Repeat(Line, 1000));
        Assert.Equal(full[..kept] + "\n", text[..(kept + 1)]);
        Assert.InRange(kept, 10 * Line.Length, 10_000);
        var left = full.Length - kept + OutputReader.Size(new JsonObject { ["data"] = new JsonObject { ["text/plain"] = "after the cut" }, ["metadata"] = new JsonObject(), ["output_type"] = "display_data" });
        Assert.Equal($"[output truncated: {left} more characters not kept; a notebook keeps {NotebookLimits.Megabytes(OutputBudget.NotebookBytes)} of output at most]\n", note);
    }

    [Fact]
    public void Add_DisplayOverTheCellLimit_KeepsTheStartOfItsPlainTextOnly()
    {
        var outputs = new List<JsonObject>();
        var builder = new OutputBuilder(outputs, 1, 0, new OutputBudget());
        var huge = new string('y', NotebookLimits.MaxCellChars + 100);

        builder.Add(new DisplayEvent(new FormattedValue([new("text/plain", huge), new("text/html", $"<pre>{huge}</pre>")], []), "d1"));
        builder.Add(new StreamEvent("stdout", "dropped\n"));
        builder.Add(new ErrorEvent(CellError.Thrown("Boom", "kept anyway")));
        builder.Add(Completed);

        Assert.Equal(["display_data", "error"], outputs.Select(o => o["output_type"]!.GetValue<string>()));
        var data = (JsonObject)outputs[0]["data"]!;
        var plain = Assert.Single(data).Value!.GetValue<string>();
        Assert.StartsWith("yyyy", plain, StringComparison.Ordinal);
        Assert.Contains("more characters not kept; a cell keeps its outputs within the 16 MB a notebook reader accepts]\n", plain, StringComparison.Ordinal);
        Assert.InRange(OutputReader.Size(outputs[0]) + OutputReader.Size(outputs[1]), 1, NotebookLimits.MaxCellChars);
    }

    [Fact]
    public void Error_HugeMessageAndTraceback_AreShortened()
    {
        var error = new CellError("Boom", new string('m', 1_000_000), [.. Enumerable.Repeat(new string('t', 100_000), 1000)]);

        var output = NbformatOutput.Error(error);

        Assert.InRange(OutputReader.Size(output), 1, NbformatOutput.MaxChars + 1024);
        Assert.EndsWith($"... ({1_000_000 - NbformatOutput.MaxLineChars} more characters)", output["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        var traceback = output["traceback"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();
        Assert.Equal($"... ({1000 - (traceback.Count - 1)} more lines)", traceback[^1]);
        Assert.All(traceback[..^1], l => Assert.Equal(new string('t', NbformatOutput.MaxLineChars) + $"... ({100_000 - NbformatOutput.MaxLineChars} more characters)", l));
    }
}
