using System.Text.Json.Nodes;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Running;

namespace Notebooks.Jupyter.Handlers;

/// <summary>The iopub message (type and content) for each kernel event, from the runner's own mapping of values and errors (NbformatOutput).</summary>
internal static class OutputContent
{
    /// <summary>The message for <paramref name="e"/>, or null for events that are not outputs.</summary>
    public static (string Type, JsonObject Content)? For(KernelEvent e, int executionCount) => e switch
    {
        StreamEvent stream => ("stream", new JsonObject { ["name"] = stream.Name, ["text"] = stream.Text }),
        DisplayEvent display => (display.IsUpdate ? "update_display_data" : "display_data", new JsonObject
        {
            ["data"] = NbformatOutput.Data(display.Value),
            ["metadata"] = new JsonObject(),
            ["transient"] = new JsonObject { ["display_id"] = display.DisplayId },
        }),
        ReturnValueEvent value => ("execute_result", new JsonObject
        {
            ["execution_count"] = executionCount,
            ["data"] = NbformatOutput.Data(value.Value),
            ["metadata"] = new JsonObject(),
        }),
        ErrorEvent error => ("error", Error(error.Error)),
        _ => null,
    };

    /// <summary>The fields Jupyter's error output and error reply share: the runner's error output without its type.</summary>
    public static JsonObject Error(CellError error)
    {
        var output = NbformatOutput.Error(error);
        output.Remove("output_type");
        return output;
    }

    /// <summary>Errors of formatters that threw while rendering the event's value.</summary>
    public static IReadOnlyList<string> FormatterErrors(KernelEvent e) => e switch
    {
        DisplayEvent display => display.Value.Errors,
        ReturnValueEvent value => value.Value.Errors,
        _ => [],
    };
}
