using System.Text.Json;

namespace Notebooks.Cli.Workers;

/// <summary>The worker's messages on its standard output: one JSON line each, after a marker that stray output lacks.</summary>
internal static class WorkerChannel
{
    /// <summary>Starts every message line; anything else on the worker's stdout is not a message.</summary>
    public const string Marker = "\u001e#notebooks ";

    /// <summary>The line for <paramref name="message"/>.</summary>
    public static string Format(WorkerMessage message) => Marker + JsonSerializer.Serialize(message, WorkerJsonContext.Default.WorkerMessage);

    /// <summary>The message on <paramref name="line"/>, or null when the line is not one.</summary>
    public static WorkerMessage? Parse(string line)
    {
        if (!line.StartsWith(Marker, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(line.AsSpan(Marker.Length), WorkerJsonContext.Default.WorkerMessage);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
