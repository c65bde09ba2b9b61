using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Tests.Support;

/// <summary>The events one cell produced, with helpers to read them.</summary>
internal sealed record CellRun(IReadOnlyList<KernelEvent> Events)
{
    public CellStatus Status => Events.OfType<CellCompletedEvent>().Single().Status;

    public string Stdout => string.Concat(Events.OfType<StreamEvent>().Where(e => e.Name == "stdout").Select(e => e.Text));

    public string Stderr => string.Concat(Events.OfType<StreamEvent>().Where(e => e.Name == "stderr").Select(e => e.Text));

    public string? Value => Events.OfType<ReturnValueEvent>().SingleOrDefault()?.Value.PlainText;

    public CellError? Error => Events.OfType<ErrorEvent>().SingleOrDefault()?.Error;

    public IReadOnlyList<DisplayEvent> Displays => [.. Events.OfType<DisplayEvent>()];

    public static async Task<CellRun> Of(CSharpKernel kernel, string code, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var events = new List<KernelEvent>();
        await foreach (var e in kernel.ExecuteAsync(new CellRequest(code) { Timeout = timeout }, cancellationToken))
        {
            events.Add(e);
        }

        return new CellRun(events);
    }
}
