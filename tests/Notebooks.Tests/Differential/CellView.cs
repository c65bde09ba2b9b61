using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Tests.Differential;

/// <summary>What one engine did with one code cell, in the terms the engines are compared in.</summary>
/// <param name="Label">The cell's label, <c>cell N [id]</c>.</param>
/// <param name="Outcome">Passed, failed, timed out, skipped or not run.</param>
/// <param name="Errors">Its error outputs: each one's name, with the diagnostic codes of a compile error; <c>none</c>.</param>
/// <param name="Stdout">What it wrote to stdout, normalised.</param>
/// <param name="Stderr">What it wrote to stderr, normalised.</param>
/// <param name="Values">The values it showed, in order, without .NET Interactive's restore summaries.</param>
/// <param name="Restores">What .NET Interactive's restore summaries showed, normalised; empty for our kernel.</param>
internal sealed partial record CellView(string Label, string Outcome, string Errors, string Stdout, string Stderr, IReadOnlyList<ValueView> Values, string Restores)
{
    /// <summary>The view of <paramref name="cell"/> after a run, with its result; <paramref name="measurements"/> as <see cref="Normalizer.Text"/> takes it.</summary>
    public static CellView Of(NotebookCell cell, CellResult result, bool measurements)
    {
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var errors = new List<string>();
        var values = new List<ValueView>();
        foreach (var output in cell.Outputs)
        {
            switch (Text(output["output_type"]))
            {
                case "stream":
                    (Text(output["name"]) == "stderr" ? stderr : stdout).Append(Text(output["text"]));
                    break;
                case "error":
                    errors.Add(Error(output));
                    break;
                case var kind and ("display_data" or "execute_result"):
                    var data = output["data"] as JsonObject ?? [];
                    values.Add(new ValueView(
                        kind == "execute_result" ? "result" : "display",
                        [.. data.Select(p => p.Key).Order(StringComparer.Ordinal)],
                        data["text/plain"] is { } plain ? Normalizer.Text(Text(plain), measurements) : null,
                        data["text/html"] is { } html ? Normalizer.HtmlText(Text(html), measurements) : null));
                    break;
            }
        }

        return new CellView(
            result.Label,
            OutcomeOf(result),
            errors.Count == 0 ? "none" : string.Join("; ", errors),
            Normalizer.Text(stdout.ToString(), measurements),
            Normalizer.Text(stderr.ToString(), measurements),
            [.. values.Where(v => !v.IsRestoreSummary)],
            string.Join(" | ", values.Where(v => v.IsRestoreSummary).Select(v => v.HtmlText)));
    }

    private static string OutcomeOf(CellResult result) => result.Kind switch
    {
        CellResultKind.Failed when result.Error?.Name == "MissingExpectedException" => "failed (no exception where one was expected)",
        CellResultKind.TimedOut => "timed out",
        CellResultKind.NotRun => "not run",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>An error output as compared: its name, and for compile errors the diagnostic codes.</summary>
    private static string Error(JsonObject output)
    {
        var name = Text(output["ename"]);
        var lines = (output["traceback"] as JsonArray ?? []).Select(Text).Append(Text(output["evalue"]));
        var codes = lines.SelectMany(l => CodePattern().Matches(l).Select(m => m.Groups[1].Value)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return codes.Count == 0 ? name : $"{name} {string.Join(' ', codes)}";
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonArray array => string.Concat(array.Select(Text)),
        _ => node.ToJsonString(),
    };

    [GeneratedRegex(@"error (CS\d{4})")]
    private static partial Regex CodePattern();
}
