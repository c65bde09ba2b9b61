using System.Threading.Channels;
using Microsoft.DotNet.Interactive.Formatting;
using FormattedValue = Notebooks.Kernel.Display.FormattedValue;

namespace Notebooks.Kernel.Execution;

/// <summary>The cell that is running: where its output goes and its cancellation token. Flows to tasks the cell starts.</summary>
internal sealed class CellContext
{
    private static readonly AsyncLocal<CellContext?> CurrentContext = new();
    private readonly Channel<KernelEvent> events = Channel.CreateUnbounded<KernelEvent>(new() { SingleReader = true });
    private readonly TaskCompletionSource compiled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock commitLock = new();
    private bool abandoned;
    private int displayCount;

    public CellContext(CSharpKernel kernel, int number, int cell, CancellationToken cancellationToken)
    {
        Kernel = kernel;
        Number = number;
        Cell = cell;
        CancellationToken = cancellationToken;
    }

    /// <summary>The context of the code calling, or null outside any cell.</summary>
    public static CellContext? Current
    {
        get => CurrentContext.Value;
        set => CurrentContext.Value = value;
    }

    public CSharpKernel Kernel { get; }

    /// <summary>The kernel's execution count for this cell.</summary>
    public int Number { get; }

    /// <summary>The cell's number in reports and tracebacks: the request's, else the execution count.</summary>
    public int Cell { get; }

    /// <summary>How the cell is named in tracebacks and reports.</summary>
    public string Name => $"cell {Cell}";

    public CancellationToken CancellationToken { get; }

    /// <summary>Restarts the cell's timeout; called once its code compiled, so compile time under load does not count.</summary>
    public Action? RestartTimeout { get; init; }

    /// <summary>Completes when the cell's code has compiled (or the cell ended without code to run).</summary>
    public Task Compiled => compiled.Task;

    /// <summary>The code compiled and is about to run: the timeout starts over and a pending grace period may begin.</summary>
    public void CodeCompiled()
    {
        RestartTimeout?.Invoke();
        compiled.TrySetResult();
    }

    public ChannelReader<KernelEvent> Reader => events.Reader;

    /// <summary>True once the cell ended; later writes are routed by the kernel.</summary>
    public bool IsCompleted { get; private set; }

    public void Emit(KernelEvent e)
    {
        if (IsCompleted || !events.Writer.TryWrite(e))
        {
            Kernel.EmitLate(e);
        }
    }

    public string NextDisplayId() => $"cell{Number}-display{Interlocked.Increment(ref displayCount)}";

    public FormattedValue Format(object? value, IReadOnlyList<string> mimeTypes) => Kernel.Formatter.Format(value, mimeTypes);

    /// <summary>Applies what the cell's code changed in the kernel, unless the kernel abandoned the cell; false when it did.</summary>
    public bool TryCommit(Action apply)
    {
        lock (commitLock)
        {
            if (abandoned)
            {
                return false;
            }

            apply();
            return true;
        }
    }

    /// <summary>Gives up on a cell that did not stop: whatever it finishes later leaves the kernel's state as it is.</summary>
    public void Abandon()
    {
        lock (commitLock)
        {
            abandoned = true;
        }
    }

    /// <summary>Shows a value Formatting's display calls raised: a new display, or an update of one this kernel showed before.</summary>
    public void Show(DisplayedValue displayed)
    {
        var formatted = Kernel.Formatter.Format(displayed);
        if (displayed.IsUpdated && Kernel.DisplayIds.TryGetValue(displayed, out var id))
        {
            Emit(new DisplayEvent(formatted, id, IsUpdate: true));
            return;
        }

        id = NextDisplayId();
        Kernel.DisplayIds.AddOrUpdate(displayed, id);
        Emit(new DisplayEvent(formatted, id));
    }

    public void Complete()
    {
        IsCompleted = true;
        compiled.TrySetResult();
        events.Writer.TryComplete();
    }
}
