using System.Text.Json.Nodes;
using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Running;

/// <summary>nbformat error outputs, shortened when huge so that a cell keeps room for them (the runner reserves room in every cell for them).</summary>
public static class ErrorOutput
{
    /// <summary>The most text one error output keeps; a longer traceback loses its last lines.</summary>
    public const int MaxChars = 256 * 1024;

    /// <summary>The longest message or traceback line an error output keeps.</summary>
    public const int MaxLineChars = 16 * 1024;

    /// <summary>The error output for <paramref name="error"/>.</summary>
    public static JsonObject Create(CellError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var name = Shorten(error.Name);
        var value = Shorten(error.Value);
        var total = name.Length + value.Length;
        var traceback = new JsonArray();
        foreach (var line in error.Traceback.Select(Shorten))
        {
            if (total + line.Length > MaxChars)
            {
                traceback.Add(JsonValue.Create($"... ({error.Traceback.Count - traceback.Count} more lines)"));
                break;
            }

            total += line.Length;
            traceback.Add(JsonValue.Create(line));
        }

        return new() { ["ename"] = name, ["evalue"] = value, ["output_type"] = "error", ["traceback"] = traceback };
    }

    private static string Shorten(string text) =>
        text.Length <= MaxLineChars ? text : $"{text[..MaxLineChars]}... ({text.Length - MaxLineChars} more characters)";
}
