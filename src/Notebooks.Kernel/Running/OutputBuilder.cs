using System.Text.Json.Nodes;
using Notebooks.Kernel.Display;
using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Running;

/// <summary>Turns kernel events into nbformat outputs: streams merged, displays updated in place.</summary>
internal sealed class OutputBuilder(List<JsonObject> outputs, int executionCount)
{
    private readonly Dictionary<string, JsonObject> displays = new(StringComparer.Ordinal);

    public void Add(KernelEvent e)
    {
        switch (e)
        {
            case StreamEvent stream:
                AddStream(stream);
                break;
            case DisplayEvent { IsUpdate: true } update when displays.TryGetValue(update.DisplayId, out var shown):
                shown["data"] = Data(update.Value);
                AddFormatterErrors(update.Value);
                break;
            case DisplayEvent display:
                var output = new JsonObject { ["data"] = Data(display.Value), ["metadata"] = new JsonObject(), ["output_type"] = "display_data" };
                displays[display.DisplayId] = output;
                outputs.Add(output);
                AddFormatterErrors(display.Value);
                break;
            case ReturnValueEvent value:
                outputs.Add(new JsonObject { ["data"] = Data(value.Value), ["execution_count"] = executionCount, ["metadata"] = new JsonObject(), ["output_type"] = "execute_result" });
                AddFormatterErrors(value.Value);
                break;
            case ErrorEvent error:
                outputs.Add(Error(error.Error));
                break;
        }
    }

    /// <summary>An nbformat error output.</summary>
    public static JsonObject Error(CellError error) => new()
    {
        ["ename"] = error.Name,
        ["evalue"] = error.Value,
        ["output_type"] = "error",
        ["traceback"] = new JsonArray([.. error.Traceback.Select(l => JsonValue.Create(l))]),
    };

    private void AddStream(StreamEvent stream)
    {
        if (outputs.Count > 0 && outputs[^1]["output_type"]?.GetValue<string>() == "stream" && outputs[^1]["name"]?.GetValue<string>() == stream.Name)
        {
            outputs[^1]["text"] = outputs[^1]["text"]!.GetValue<string>() + stream.Text;
            return;
        }

        outputs.Add(new JsonObject { ["name"] = stream.Name, ["output_type"] = "stream", ["text"] = stream.Text });
    }

    private void AddFormatterErrors(FormattedValue value)
    {
        foreach (var problem in value.Errors)
        {
            outputs.Add(Error(CellError.Simple("FormatterError", problem)));
        }
    }

    private static JsonObject Data(FormattedValue value)
    {
        var data = new JsonObject();
        foreach (var (mime, text) in value.Data)
        {
            data[mime] = MimeValue(mime, text);
        }

        return data;
    }

    private static JsonNode? MimeValue(string mime, string text)
    {
        if (Formats.MultilineText.IsJsonMime(mime))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                return text;
            }
        }

        return text;
    }
}
