using Notebooks.Cli.Workers;

namespace Notebooks.Cli.Tests.Workers;

/// <summary>A crashed worker's stderr is kept short: its first and its last lines, with a count of what was left out.</summary>
public sealed class StderrTailTests
{
    [Fact]
    public async Task Lines_FewLines_AreAllKeptInOrder()
    {
        var tail = new StderrTail(new StringReader(Text(40)));
        await tail.Completion;

        Assert.Equal(Numbered(1, 40), tail.Lines);
    }

    [Fact]
    public async Task Lines_ManyLines_KeepTheFirstAndLastTwentyAndCountTheRest()
    {
        var tail = new StderrTail(new StringReader(Text(1000)));
        await tail.Completion;

        Assert.Equal([.. Numbered(1, 20), "... (960 more lines)", .. Numbered(981, 1000)], tail.Lines);
    }

    [Fact]
    public async Task Lines_EmptyStream_IsEmpty()
    {
        var tail = new StderrTail(new StringReader(""));
        await tail.Completion;

        Assert.Empty(tail.Lines);
    }

    [Fact]
    public async Task Completion_StreamStillOpen_EndsOnlyWhenItCloses()
    {
        using var writer = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.Out);
        using var reader = new StreamReader(new System.IO.Pipes.AnonymousPipeClientStream(System.IO.Pipes.PipeDirection.In, writer.ClientSafePipeHandle));
        var tail = new StderrTail(reader);
        await writer.WriteAsync("first\n"u8.ToArray());
        await writer.FlushAsync();

        Assert.False(tail.Completion.IsCompleted);
        writer.Dispose();
        await tail.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["first"], tail.Lines);
    }

    private static string Text(int lines) => string.Concat(Numbered(1, lines).Select(l => l + "\n"));

    private static string[] Numbered(int first, int last) => [.. Enumerable.Range(first, last - first + 1).Select(i => $"line {i}")];
}
