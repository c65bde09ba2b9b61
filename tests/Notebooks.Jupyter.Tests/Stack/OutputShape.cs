using System.Text.Json.Nodes;

namespace Notebooks.Jupyter.Tests.Stack;

/// <summary>What must agree between two executions of a notebook: per code cell, the output types (and MIME types), not the values.</summary>
internal static class OutputShape
{
    /// <summary>One line per code cell: its outputs' types, consecutive streams of one name merged, MIME types sorted.</summary>
    public static List<string> Of(string ipynbPath)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(ipynbPath))!;
        var cells = new List<string>();
        foreach (var cell in notebook["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code"))
        {
            var shapes = new List<string>();
            foreach (var output in cell!["outputs"]!.AsArray())
            {
                var shape = Describe(output!);
                if (shape.StartsWith("stream", StringComparison.Ordinal) && shapes.Count > 0 && shapes[^1] == shape)
                {
                    continue;
                }

                shapes.Add(shape);
            }

            cells.Add($"{Source(cell)}: {string.Join(", ", shapes)}");
        }

        return cells;
    }

    private static string Describe(JsonNode output)
    {
        var type = output["output_type"]!.GetValue<string>();
        return type switch
        {
            "stream" => $"stream {output["name"]!.GetValue<string>()}",
            "display_data" or "execute_result" => $"{type} [{string.Join(' ', output["data"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal))}]",
            "error" => $"error {output["ename"]!.GetValue<string>()}",
            _ => type,
        };
    }

    private static string Source(JsonNode cell)
    {
        var source = cell["source"] is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : cell["source"]!.GetValue<string>();
        var first = source.Split('\n').FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("#!", StringComparison.Ordinal)) ?? "";
        return first.Trim();
    }
}
