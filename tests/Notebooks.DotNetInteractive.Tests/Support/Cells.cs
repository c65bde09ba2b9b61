using Notebooks.Kernel.Engines;
using Notebooks.Kernel.Execution;

namespace Notebooks.DotNetInteractive.Tests.Support;

/// <summary>The events one cell produced on an engine, with helpers to read them.</summary>
internal sealed record Cells(IReadOnlyList<KernelEvent> Events)
{
    public CellStatus Status => Events.OfType<CellCompletedEvent>().Single().Status;

    public string Stdout => string.Concat(Events.OfType<StreamEvent>().Where(e => e.Name == "stdout").Select(e => e.Text));

    public string Stderr => string.Concat(Events.OfType<StreamEvent>().Where(e => e.Name == "stderr").Select(e => e.Text));

    public ReturnValueEvent? Value => Events.OfType<ReturnValueEvent>().SingleOrDefault();

    public CellError? Error => Events.OfType<ErrorEvent>().SingleOrDefault()?.Error;

    public IReadOnlyList<DisplayEvent> Displays => [.. Events.OfType<DisplayEvent>()];

    public static async Task<Cells> Run(INotebookEngine engine, string code, TimeSpan? timeout = null, int number = 1, CancellationToken cancellationToken = default)
    {
        var events = new List<KernelEvent>();
        await foreach (var e in engine.ExecuteAsync(new CellRequest(code) { Number = number, Timeout = timeout }, cancellationToken))
        {
            events.Add(e);
        }

        return new Cells(events);
    }

    public static INotebookEngine Start(TimeSpan? grace = null) =>
        DotNetInteractiveEngine.Engine.Create(new KernelOptions { CancellationGrace = grace ?? TimeSpan.FromSeconds(5) });
}
