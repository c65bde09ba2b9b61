using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Kernel.Display;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Formats;

namespace Notebooks.Kernel.Running;

/// <summary>Turns kernel events into nbformat outputs: streams merged, displays updated in place, the cell kept within the reader's limits.</summary>
/// <remarks>
/// A stream's text is gathered and put into its output when another output follows or the cell completes, so a loop of writes
/// stays linear. Once a cell's outputs reach <see cref="NotebookLimits.MaxCellChars"/> (less <see cref="ReservedChars"/>) or the
/// notebook's reach its <see cref="OutputBudget"/>, the rest is not kept (errors excepted) and a note says how much was left out.
/// </remarks>
internal sealed class OutputBuilder
{
    /// <summary>Room left in every cell for errors added after its outputs (a late failure, a dead worker) and the note.</summary>
    public const int ReservedChars = 1024 * 1024;

    private readonly List<JsonObject> outputs;
    private readonly int executionCount;
    private readonly OutputBudget budget;
    private readonly Dictionary<string, JsonObject> displays = new(StringComparer.Ordinal);
    private long room;
    private JsonObject? stream;
    private StringBuilder streamText = new();
    private bool full;
    private bool notebookFull;
    private long dropped;
    private JsonObject? cut;
    private int cutAt;

    /// <summary>Builds into <paramref name="outputs"/> of a cell whose source has <paramref name="sourceChars"/> characters.</summary>
    public OutputBuilder(List<JsonObject> outputs, int executionCount, int sourceChars, OutputBudget budget)
    {
        this.outputs = outputs;
        this.executionCount = executionCount;
        this.budget = budget;
        room = NotebookLimits.MaxCellChars - ReservedChars - sourceChars - outputs.Sum(o => (long)OutputReader.Size(o));
    }

    public void Add(KernelEvent e)
    {
        switch (e)
        {
            case StreamEvent s:
                AddStream(s.Name, s.Text);
                break;
            case DisplayEvent { IsUpdate: true } update when displays.TryGetValue(update.DisplayId, out var shown):
                Update(shown, NbformatOutput.Data(update.Value));
                AddFormatterErrors(update.Value);
                break;
            case DisplayEvent display:
                var output = Keep(new JsonObject { ["data"] = NbformatOutput.Data(display.Value), ["metadata"] = new JsonObject(), ["output_type"] = "display_data" }, display.Value);
                if (output is not null)
                {
                    displays[display.DisplayId] = output;
                }

                AddFormatterErrors(display.Value);
                break;
            case ReturnValueEvent value:
                Keep(new JsonObject { ["data"] = NbformatOutput.Data(value.Value), ["execution_count"] = executionCount, ["metadata"] = new JsonObject(), ["output_type"] = "execute_result" }, value.Value);
                AddFormatterErrors(value.Value);
                break;
            case ErrorEvent error:
                EndStream();
                var shownError = NbformatOutput.Error(error.Error);
                room -= OutputReader.Size(shownError);
                budget.TrySpend(Math.Min(OutputBudget.Cost(shownError), budget.Remaining));
                outputs.Add(shownError);
                break;
            case CellCompletedEvent:
                Complete();
                break;
        }
    }

    private void AddStream(string name, string text)
    {
        if (stream is null || stream["name"]!.GetValue<string>() != name)
        {
            EndStream();
            stream = full ? null : Keep(new JsonObject { ["name"] = name, ["output_type"] = "stream", ["text"] = "" }, null);
            if (stream is null)
            {
                dropped += text.Length;
                return;
            }
        }

        if (full)
        {
            dropped += text.Length;
            return;
        }

        var kept = Fit(text);
        streamText.Append(text.AsSpan(0, kept));
        if (kept < text.Length)
        {
            Truncated(stream, text.Length - kept);
        }
    }

    /// <summary>Puts the gathered text into the open stream output, which ends it.</summary>
    private void EndStream()
    {
        if (stream is not null)
        {
            stream["text"] = streamText.ToString();
            stream = null;
            streamText = new StringBuilder();
        }
    }

    /// <summary>Adds <paramref name="output"/> when it fits; else, when it has <paramref name="value"/>, the start of its plain text. Null when nothing is kept.</summary>
    private JsonObject? Keep(JsonObject output, FormattedValue? value)
    {
        EndStream();
        var size = OutputReader.Size(output);
        if (full)
        {
            dropped += size;
            return null;
        }

        if (size <= room && budget.TrySpend(OutputBudget.Cost(output)))
        {
            room -= size;
            outputs.Add(output);
            return output;
        }

        if (value is null || output["data"] is not JsonObject data)
        {
            Truncated(null, size);
            return null;
        }

        // Only the plain text is cut: a part of HTML, JSON or an image would not render.
        data.Clear();
        data[FormattedValue.PlainTextMimeType] = "";
        var shell = OutputReader.Size(output);
        if (shell > room || !budget.TrySpend(OutputBudget.Cost(output)))
        {
            Truncated(null, size);
            return null;
        }

        room -= shell;
        var plain = value.PlainText;
        var kept = Fit(plain);
        data[FormattedValue.PlainTextMimeType] = plain[..kept];
        outputs.Add(output);
        Truncated(output, size - shell - kept);
        return output;
    }

    private void Update(JsonObject shown, JsonObject data)
    {
        var before = OutputReader.Size(shown["data"]);
        var after = OutputReader.Size(data);
        var cost = OutputBudget.Cost(data) - OutputBudget.Cost(shown["data"]);
        if (after - before > room || (cost > 0 && !budget.TrySpend(cost)))
        {
            // The display keeps the value it had.
            Truncated(null, after);
            return;
        }

        if (cost < 0)
        {
            budget.Refund(-cost);
        }

        room -= after - before;
        shown["data"] = data;
    }

    /// <summary>How many characters of <paramref name="text"/> fit in the cell's room and the notebook's budget; takes them from both.</summary>
    private int Fit(string text)
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

    /// <summary>Nothing more is kept in this cell; <paramref name="left"/> characters were not, cut short in <paramref name="output"/> (or before the next output).</summary>
    private void Truncated(JsonObject? output, long left)
    {
        dropped += left;
        if (!full)
        {
            full = true;
            notebookFull = budget.Remaining < room;
            cut = output;
            cutAt = outputs.Count;
        }
    }

    /// <summary>The cell ended: the open stream gets its text, and a cell that lost output says how much.</summary>
    private void Complete()
    {
        EndStream();
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

    private void AddFormatterErrors(FormattedValue value)
    {
        foreach (var problem in value.Errors)
        {
            Keep(NbformatOutput.Error(CellError.Of(CellErrorKind.Formatter, problem)), null);
        }
    }
}
