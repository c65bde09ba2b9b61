using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Notebooks.Kernel.Display;
using Notebooks.Kernel.Engines;

namespace Notebooks.Kernel.Execution;

/// <summary>A C# notebook kernel: runs cells one after another on Roslyn scripting, state carrying from cell to cell.</summary>
public sealed class CSharpKernel : INotebookEngine
{
    /// <summary>How long a cancelled cell may still be compiling before its grace period starts regardless.</summary>
    private static readonly TimeSpan CompileAllowance = TimeSpan.FromSeconds(30);

    /// <summary>One cell at a time. Never disposed: it has no wait handle, and a cell ending during dispose still releases it.</summary>
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource disposing = new();
    private readonly ConcurrentQueue<KernelEvent> lateEvents = new();
    private readonly Submissions submissions;
    private volatile CellContext? active;
    private Task supervision = Task.CompletedTask;
    private int executionCount;

    /// <summary>Creates a kernel; nothing is compiled until the first cell. Cells run in the process's working directory, which its owner sets.</summary>
    public CSharpKernel(KernelOptions? options = null)
    {
        Options = options ?? new KernelOptions();
        submissions = new Submissions(this);
    }

    /// <summary>The options the kernel was created with.</summary>
    public KernelOptions Options { get; }

    /// <summary>Exceptions from tasks the cells started, seen after their cell ended.</summary>
    internal LateFailureMonitor LateFailures { get; } = new();

    /// <summary>Formats values for display; shared by the cells of this kernel.</summary>
    public ValueFormatter Formatter { get; } = new();

    /// <summary>The display id of each value this kernel's cells displayed, so an update replaces it.</summary>
    internal ConditionalWeakTable<Microsoft.DotNet.Interactive.Formatting.DisplayedValue, string> DisplayIds { get; } = new();

    /// <summary>Late failures seen since the last call: exceptions of tasks a cell started that nothing awaited.</summary>
    /// <param name="collect">Run the garbage collector first, so failed tasks that are no longer referenced report.</param>
    public IReadOnlyList<LateFailure> TakeLateFailures(bool collect = false) => LateFailures.Take(collect);

    /// <summary>The number of the cell whose code is in <paramref name="exception"/>'s frames, or null.</summary>
    public int? CellOf(Exception exception) => LateFailures.CellOf(exception);

    /// <summary>The compilation <paramref name="code"/> would have as the next cell, state of earlier cells in scope; nothing runs.</summary>
    /// <remarks>For editor services (completion); safe while a cell runs. Directives are not applied.</remarks>
    public Microsoft.CodeAnalysis.Compilation CompileDraft(string code) => submissions.CompileDraft(code);

    /// <summary>Runs one cell and yields its outputs as they happen, ending with a <see cref="CellCompletedEvent"/>.</summary>
    public async IAsyncEnumerable<KernelEvent> ExecuteAsync(CellRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var number = Interlocked.Increment(ref executionCount);
            ConsoleRouter.Install();
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, disposing.Token);
            var limit = request.Timeout ?? Options.DefaultTimeout;
            cancellation.CancelAfter(limit);
            var context = new CellContext(this, number, request.Number ?? number, cancellation.Token) { RestartTimeout = () => cancellation.CancelAfter(limit) };
            active = context;
            while (lateEvents.TryDequeue(out var late))
            {
                context.Emit(late);
            }

            supervision = SuperviseAsync(request, context, cancellationToken);
            await foreach (var e in context.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                yield return e;
            }
        }
        finally
        {
            active = null;
            gate.Release();
        }
    }

    /// <summary>Routes output that arrives after its cell ended: to the running cell, else to the next one.</summary>
    internal void EmitLate(KernelEvent e)
    {
        var current = active;
        if (current is { IsCompleted: false })
        {
            current.Emit(e);
        }
        else
        {
            lateEvents.Enqueue(e);
        }
    }

    private async Task SuperviseAsync(CellRequest request, CellContext context, CancellationToken callerToken)
    {
        var clock = Stopwatch.StartNew();
        var status = CellStatus.Failed;
        try
        {
            var thread = Task.Factory.StartNew(
                () =>
                {
                    CellContext.Current = context;
                    return submissions.RunCellAsync(request, context);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
            var run = thread.Unwrap();
            var outcome = await WaitAsync(run).ConfigureAwait(false);
            status = outcome?.Status ?? CellStatus.Failed;
            var error = outcome?.Error;
            if (outcome is null)
            {
                (status, error) = Cancelled(request, callerToken, AbandonedCell.Abandon(context, thread, run));
            }
            else if (context.CancellationToken.IsCancellationRequested && status != CellStatus.Succeeded)
            {
                (status, error) = Cancelled(request, callerToken, abandoned: null);
            }

            if (error is not null)
            {
                context.Emit(new ErrorEvent(error));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Emit(new ErrorEvent(ErrorFormatter.FromException(e)));
        }
        finally
        {
            context.Emit(new CellCompletedEvent(status, clock.Elapsed));
            context.Complete();
        }

        async Task<CellOutcome?> WaitAsync(Task<CellOutcome> run)
        {
            var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (context.CancellationToken.Register(() => cancelled.TrySetResult()))
            {
                await Task.WhenAny(run, cancelled.Task).ConfigureAwait(false);
            }

            if (!run.IsCompleted)
            {
                // Compiling cannot be cancelled, and under load it may outlast the grace period: the grace starts once the code runs.
                await Task.WhenAny(run, context.Compiled, Task.Delay(CompileAllowance, CancellationToken.None)).ConfigureAwait(false);
                await Task.WhenAny(run, Task.Delay(Options.CancellationGrace, CancellationToken.None)).ConfigureAwait(false);
            }

            if (!run.IsCompleted)
            {
                return null;
            }

            return run.Exception is { } failure
                ? CellOutcome.Failure(ErrorFormatter.FromException(failure.GetBaseException()))
                : run.IsCanceled ? CellOutcome.Failure(CellError.Thrown(nameof(OperationCanceledException), "the cell was cancelled")) : run.Result;
        }
    }

    private (CellStatus Status, CellError Error) Cancelled(CellRequest request, CancellationToken callerToken, string? abandoned)
    {
        var timedOut = !callerToken.IsCancellationRequested && !disposing.IsCancellationRequested;
        var limit = request.Timeout ?? Options.DefaultTimeout;
        var notStopped = abandoned is null ? null : $"it did not stop within {Options.CancellationGrace.TotalSeconds:0.#} s and was abandoned: {abandoned}";
        return (timedOut ? CellStatus.TimedOut : CellStatus.Cancelled, CellError.Stopped(timedOut, limit, notStopped));
    }

    /// <summary>Cancels the running cell, if any, and waits for it to end or be abandoned.</summary>
    public async ValueTask DisposeAsync()
    {
        await disposing.CancelAsync().ConfigureAwait(false);
        await supervision.ConfigureAwait(false);
        submissions.Dispose();
        LateFailures.Dispose();
        disposing.Dispose();
    }
}
