using System.Text;
using System.Text.Json.Nodes;

namespace Notebooks.Cli.Site;

/// <summary>
/// A code cell's nbformat outputs as HTML. Streams, plain text and errors are escaped (printed markup is shown, never run);
/// <c>text/html</c> and <c>image/svg+xml</c> are rich output by design and inserted as they are.
/// </summary>
internal static class OutputRenderer
{
    /// <summary>The richest representation first, as Jupyter picks one per output.</summary>
    private static readonly string[] Preferred = ["text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/plain"];

    /// <summary>The HTML of one output.</summary>
    public static string Render(JsonObject output) => Text(output["output_type"]) switch
    {
        "stream" => Pre(Text(output["name"]) == "stderr" ? "output stream stderr" : "output stream stdout", Html.Join(output["text"])),
        "display_data" or "execute_result" => Data(output["data"] as JsonObject ?? []),
        "error" => Error(output),
        var other => Pre("output unknown", $"(an output of type {other ?? "?"} is not shown)"),
    };

    private static string Data(JsonObject data)
    {
        var mime = Preferred.FirstOrDefault(data.ContainsKey);
        var value = mime is null ? "" : Html.Join(data[mime]);
        return mime switch
        {
            "text/html" => $"<div class=\"output rich html\">{value}</div>",
            "image/svg+xml" => $"<div class=\"output rich svg\">{value}</div>",
            "image/png" or "image/jpeg" => $"<div class=\"output image\"><img alt=\"output image\" src=\"data:{mime};base64,{Base64(value)}\"></div>",
            "text/markdown" => $"<div class=\"output markdown\">{MarkdownRenderer.Render(value)}</div>",
            "text/plain" => Pre("output text", value),
            _ => Pre("output unknown", $"(no representation of {string.Join(", ", data.Select(p => p.Key))} can be shown)"),
        };
    }

    private static string Error(JsonObject output)
    {
        var traceback = output["traceback"] is JsonArray lines
            ? string.Join('\n', lines.Select(l => l is JsonValue v && v.TryGetValue(out string? s) ? s : ""))
            : "";
        var heading = $"{Text(output["ename"])}: {Text(output["evalue"])}";
        var body = traceback.Length > 0 ? traceback : heading;
        return $"<div class=\"output error\"><div class=\"error-name\">{Html.Escape(Html.StripAnsi(heading))}</div><pre>{Html.Escape(Html.StripAnsi(body))}</pre></div>";
    }

    private static string Pre(string css, string text) => $"<pre class=\"{css}\">{Html.Escape(Html.StripAnsi(text))}</pre>";

    /// <summary>Only base64 characters, so an image's data cannot leave its attribute.</summary>
    private static string Base64(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
