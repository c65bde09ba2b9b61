using System.Text.Json.Nodes;
using Notebooks.Kernel.Display;
using Notebooks.Kernel.Formats;

namespace Notebooks.Kernel.Running;

/// <summary>What a cell's outputs may still take: the characters a reader accepts in one cell and the notebook's <see cref="OutputBudget"/>; and, once full, what was left out.</summary>
internal sealed class CellRoom
{
    private readonly OutputBudget budget;
    private long room;
    private bool notebookFull;
    private long dropped;
    private JsonObject? cut;
    private int cutAt;

    /// <summary>Room for <paramref name="chars"/> characters, within <paramref name="budget"/>.</summary>
    public CellRoom(long chars, OutputBudget budget)
    {
        room = chars;
        this.budget = budget;
    }

    /// <summary>True once something was not kept: nothing more is, errors excepted.</summary>
    public bool Full { get; private set; }

    /// <summary>Takes room for an output of <paramref name="size"/> characters costing <paramref name="cost"/> bytes; false, taking nothing, when it does not fit.</summary>
    public bool TryTake(long size, long cost)
    {
        if (size > room || !budget.TrySpend(cost))
        {
            return false;
        }

        room -= size;
        return true;
    }

    /// <summary>Takes room for an output that is always kept (an error), as far as the budget has any.</summary>
    public void Force(long size, long cost)
    {
        room -= size;
        budget.TrySpend(Math.Min(cost, budget.Remaining));
    }

    /// <summary>Takes (or gives back) room for an output that changes from <paramref name="before"/> to <paramref name="after"/>; false, changing nothing, when it does not fit.</summary>
    public bool TryResize(JsonNode? before, JsonNode after)
    {
        var growth = OutputReader.Size(after) - OutputReader.Size(before);
        var cost = OutputBudget.Cost(after) - OutputBudget.Cost(before);
        if (growth > room || (cost > 0 && !budget.TrySpend(cost)))
        {
            return false;
        }

        if (cost < 0)
        {
            budget.Refund(-cost);
        }

        room -= growth;
        return true;
    }

    /// <summary>How many characters of <paramref name="text"/> fit in the cell's room and the notebook's budget; takes them from both.</summary>
    public int Fit(string text)
    {
        var limit = (int)Math.Clamp(room, 0, text.Length);
        long cost = 0;
        var kept = 0;
        while (kept < limit && cost + OutputBudget.CharCost(text[kept]) <= budget.Remaining)
        {
            cost += OutputBudget.CharCost(text[kept]);
            kept++;
        }

        if (kept > 0 && kept < text.Length && char.IsHighSurrogate(text[kept - 1]))
        {
            kept--;
            cost -= OutputBudget.CharCost(text[kept]);
        }

        room -= kept;
        budget.TrySpend(cost);
        return kept;
    }

    /// <summary>Counts <paramref name="chars"/> characters that were not kept.</summary>
    public void Drop(long chars) => dropped += chars;

    /// <summary>The cell is full: <paramref name="left"/> characters were not kept, cut short in <paramref name="output"/> (or before output <paramref name="at"/>).</summary>
    public void Truncated(JsonObject? output, long left, int at)
    {
        dropped += left;
        if (!Full)
        {
            Full = true;
            notebookFull = budget.Remaining < room;
            cut = output;
            cutAt = at;
        }
    }

    /// <summary>When output was left out, says how much and why: at the end of the output cut short, or as a stderr output where it would have been.</summary>
    public void AddNote(List<JsonObject> outputs)
    {
        if (dropped == 0)
        {
            return;
        }

        var why = notebookFull
            ? $"a notebook keeps {NotebookLimits.Megabytes(OutputBudget.NotebookBytes)} of output at most"
            : $"a cell keeps its outputs within the {NotebookLimits.Megabytes(NotebookLimits.MaxCellChars)} a notebook reader accepts";
        var note = $"[output truncated: {dropped} more characters not kept; {why}]\n";
        var (target, key) = cut switch
        {
            { } text when text["output_type"]?.GetValue<string>() == "stream" => (text, "text"),
            { } display => ((JsonObject)display["data"]!, FormattedValue.PlainTextMimeType),
            null => (null, null),
        };
        if (target is null || key is null)
        {
            outputs.Insert(cutAt, new JsonObject { ["name"] = "stderr", ["output_type"] = "stream", ["text"] = note });
            return;
        }

        var kept = target[key]!.GetValue<string>();
        target[key] = kept.Length == 0 ? note : $"{kept}\n{note}";
    }
}
