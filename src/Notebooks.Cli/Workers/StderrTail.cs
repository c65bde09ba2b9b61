namespace Notebooks.Cli.Workers;

/// <summary>Drains a worker's stderr, keeping the first and last lines: what a crash printed.</summary>
internal sealed class StderrTail
{
    private const int Keep = 40;
    private readonly List<string> head = [];
    private readonly Queue<string> tail = new();
    private int skipped;

    public StderrTail(TextReader reader) => Completion = DrainAsync(reader);

    /// <summary>Ends when the stream closes.</summary>
    public Task Completion { get; }

    /// <summary>What was kept: the first lines, a marker for any skipped, and the last lines.</summary>
    public IReadOnlyList<string> Lines => skipped == 0 ? [.. head, .. tail] : [.. head, $"... ({skipped} more lines)", .. tail];

    private async Task DrainAsync(TextReader reader)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (head.Count < Keep / 2)
            {
                head.Add(line);
                continue;
            }

            tail.Enqueue(line);
            if (tail.Count > Keep / 2)
            {
                tail.Dequeue();
                skipped++;
            }
        }
    }
}
