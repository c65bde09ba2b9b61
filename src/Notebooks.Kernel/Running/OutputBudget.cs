using System.Text.Json.Nodes;
using Notebooks.Kernel.Formats;

namespace Notebooks.Kernel.Running;

/// <summary>How much more output one notebook run may keep, counted as the bytes it may take in the written file.</summary>
/// <remarks>Half of <see cref="NotebookLimits.MaxFileBytes"/>: the other half is room for the sources, metadata and error outputs.</remarks>
internal sealed class OutputBudget
{
    /// <summary>The bytes of output a notebook keeps at most.</summary>
    public const long NotebookBytes = NotebookLimits.MaxFileBytes / 2;

    // A line of text becomes its own JSON string: indent, quotes, comma, newline and the escaped line break.
    private const int LineCost = 20;

    /// <summary>A budget of <paramref name="bytes"/>; a run's is <see cref="NotebookBytes"/>.</summary>
    public OutputBudget(long bytes = NotebookBytes) => Remaining = bytes;

    /// <summary>What is left, in bytes.</summary>
    public long Remaining { get; private set; }

    /// <summary>Takes <paramref name="cost"/> bytes; false, taking nothing, when that is more than is left.</summary>
    public bool TrySpend(long cost)
    {
        if (cost > Remaining)
        {
            return false;
        }

        Remaining -= cost;
        return true;
    }

    /// <summary>Gives back bytes, as when a display is updated with a smaller value.</summary>
    public void Refund(long cost) => Remaining += cost;

    /// <summary>At most how many bytes one character takes in the written notebook, as nbformat's writer escapes and splits text.</summary>
    public static int CharCost(char c) => c switch
    {
        '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029' => LineCost,
        '"' or '\\' => 2,
        < ' ' => 6,
        < '\x80' => 1,
        < '\u0800' => 2,
        _ => 3,
    };

    /// <summary>At most how many bytes a JSON value takes in the written notebook, at the indent of an output's fields.</summary>
    public static long Cost(JsonNode? node, int depth = 6) => node switch
    {
        JsonObject obj => 4 + obj.Sum(p => depth + 4 + Cost(p.Key) + Cost(p.Value, depth + 1)),
        JsonArray array => 4 + array.Sum(item => depth + 2 + Cost(item, depth + 1)),
        JsonValue value when value.TryGetValue(out string? text) => Cost(text),
        _ => 32,
    };

    /// <summary>At most how many bytes a string takes in the written notebook.</summary>
    public static long Cost(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        long cost = LineCost;
        foreach (var c in text)
        {
            cost += CharCost(c);
        }

        return cost;
    }
}
