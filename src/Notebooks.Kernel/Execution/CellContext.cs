using System.Threading.Channels;
using Notebooks.Kernel.Display;

namespace Notebooks.Kernel.Execution;

/// <summary>The cell that is running: where its output goes and its cancellation token. Flows to tasks the cell starts.</summary>
internal sealed class CellContext
{
    private static readonly AsyncLocal<CellContext?> CurrentContext = new();
    private readonly Channel<KernelEvent> events = Channel.CreateUnbounded<KernelEvent>(new() { SingleReader = true });
    private int displayCount;

    public CellContext(CSharpKernel kernel, int number, CancellationToken cancellationToken)
    {
        Kernel = kernel;
        Number = number;
        CancellationToken = cancellationToken;
    }

    /// <summary>The context of the code calling, or null outside any cell.</summary>
    public static CellContext? Current
    {
        get => CurrentContext.Value;
        set => CurrentContext.Value = value;
    }

    public CSharpKernel Kernel { get; }

    public int Number { get; }

    public CancellationToken CancellationToken { get; }

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

    public void Complete()
    {
        IsCompleted = true;
        events.Writer.TryComplete();
    }
}
