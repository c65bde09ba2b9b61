using System.Text.Json;
using System.Text.Json.Nodes;
using Notebooks.Kernel.Display;
using Notebooks.Kernel.Execution;

namespace Notebooks.Jupyter.Handlers;

/// <summary>The iopub message (type and content) for each kernel event.</summary>
internal static class OutputContent
{
    /// <summary>The message for <paramref name="e"/>, or null for events that are not outputs.</summary>
    public static (string Type, JsonObject Content)? For(KernelEvent e, int executionCount) => e switch
    {
        StreamEvent stream => ("stream", new JsonObject { ["name"] = stream.Name, ["text"] = stream.Text }),
        DisplayEvent display => (display.IsUpdate ? "update_display_data" : "display_data", new JsonObject
        {
            ["data"] = Data(display.Value),
            ["metadata"] = new JsonObject(),
            ["transient"] = new JsonObject { ["display_id"] = display.DisplayId },
        }),
        ReturnValueEvent value => ("execute_result", new JsonObject
        {
            ["execution_count"] = executionCount,
            ["data"] = Data(value.Value),
            ["metadata"] = new JsonObject(),
        }),
        ErrorEvent error => ("error", Error(error.Error)),
        _ => null,
    };

    /// <summary>The fields Jupyter's error output and error reply share.</summary>
    public static JsonObject Error(CellError error) => new()
    {
        ["ename"] = error.Name,
        ["evalue"] = error.Value,
        ["traceback"] = new JsonArray([.. error.Traceback.Select(l => JsonValue.Create(l))]),
    };

    /// <summary>Errors of formatters that threw while rendering the event's value.</summary>
    public static IReadOnlyList<string> FormatterErrors(KernelEvent e) => e switch
    {
        DisplayEvent display => display.Value.Errors,
        ReturnValueEvent value => value.Value.Errors,
        _ => [],
    };

    private static JsonObject Data(FormattedValue value)
    {
        var data = new JsonObject();
        foreach (var (mime, text) in value.Data)
        {
            data[mime] = IsJson(mime) ? Parse(text) : text;
        }

        return data;
    }

    private static bool IsJson(string mime) =>
        mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
