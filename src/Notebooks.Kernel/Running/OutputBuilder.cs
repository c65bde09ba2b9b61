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
    private readonly CellRoom room;
    private readonly Dictionary<string, JsonObject> displays = new(StringComparer.Ordinal);
    private JsonObject? stream;
    private StringBuilder streamText = new();

    /// <summary>Builds into <paramref name="outputs"/> of a cell whose source has <paramref name="sourceChars"/> characters.</summary>
    public OutputBuilder(List<JsonObject> outputs, int executionCount, int sourceChars, OutputBudget budget)
    {
        this.outputs = outputs;
        this.executionCount = executionCount;
        room = new CellRoom(NotebookLimits.MaxCellChars - ReservedChars - sourceChars - outputs.Sum(o => (long)OutputReader.Size(o)), budget);
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
                room.Force(OutputReader.Size(shownError), OutputBudget.Cost(shownError));
                outputs.Add(shownError);
                break;
            case CellCompletedEvent:
                EndStream();
                room.AddNote(outputs);
                break;
        }
    }

    private void AddStream(string name, string text)
    {
        if (stream is null || stream["name"]!.GetValue<string>() != name)
        {
            EndStream();
            stream = room.Full ? null : Keep(new JsonObject { ["name"] = name, ["output_type"] = "stream", ["text"] = "" }, null);
            if (stream is null)
            {
                room.Drop(text.Length);
                return;
            }
        }

        if (room.Full)
        {
            room.Drop(text.Length);
            return;
        }

        var kept = room.Fit(text);
        streamText.Append(text.AsSpan(0, kept));
        if (kept < text.Length)
        {
            room.Truncated(stream, text.Length - kept, outputs.Count);
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
        if (room.Full)
        {
            room.Drop(size);
            return null;
        }

        if (room.TryTake(size, OutputBudget.Cost(output)))
        {
            outputs.Add(output);
            return output;
        }

        if (value is null || output["data"] is not JsonObject data)
        {
            room.Truncated(null, size, outputs.Count);
            return null;
        }

        // Only the plain text is cut: a part of HTML, JSON or an image would not render.
        data.Clear();
        data[FormattedValue.PlainTextMimeType] = "";
        var shell = OutputReader.Size(output);
        if (!room.TryTake(shell, OutputBudget.Cost(output)))
        {
            room.Truncated(null, size, outputs.Count);
            return null;
        }

        var plain = value.PlainText;
        var kept = room.Fit(plain);
        data[FormattedValue.PlainTextMimeType] = plain[..kept];
        outputs.Add(output);
        room.Truncated(output, size - shell - kept, outputs.Count);
        return output;
    }

    private void Update(JsonObject shown, JsonObject data)
    {
        if (!room.TryResize(shown["data"], data))
        {
            // The display keeps the value it had.
            room.Truncated(null, OutputReader.Size(data), outputs.Count);
            return;
        }

        shown["data"] = data;
    }

    private void AddFormatterErrors(FormattedValue value)
    {
        foreach (var problem in value.Errors)
        {
            Keep(NbformatOutput.Error(CellError.Of(CellErrorKind.Formatter, problem)), null);
        }
    }
}
