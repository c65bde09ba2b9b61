using System.Diagnostics;
using System.Reactive.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Notebooks.Kernel.Engines;
using Notebooks.Kernel.Execution;
using KernelEvent = Notebooks.Kernel.Execution.KernelEvent;

namespace Notebooks.DotNetInteractive;

/// <summary>A notebook's cells on .NET Interactive's C# kernel, in this process: outputs as they happen, timeouts and interrupts by its <c>Cancel</c> command.</summary>
internal sealed class InteractiveKernel : INotebookEngine
{
    private readonly KernelOptions options;
    private readonly CompositeKernel kernel;
    private readonly SubmissionAssemblies submissions = new();
    private string? brokenReason;
    private int executionCount;

    public InteractiveKernel(KernelOptions options)
    {
        this.options = options;
        kernel = KernelSetup.Create();
    }

    public async IAsyncEnumerable<KernelEvent> ExecuteAsync(CellRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (brokenReason is not null)
        {
            yield return new ErrorEvent(CellError.Of(CellErrorKind.Kernel, brokenReason));
            yield return new CellCompletedEvent(CellStatus.Failed, TimeSpan.Zero);
            yield break;
        }

        var events = Channel.CreateUnbounded<KernelEvent>(new() { SingleReader = true });
        var run = RunAsync(request, events.Writer, cancellationToken);
        await foreach (var e in events.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            yield return e;
        }

        await run.ConfigureAwait(false);
    }

    public IReadOnlyList<LateFailure> TakeLateFailures(bool collect = false) => submissions.Failures.Take(collect);

    public int? CellOf(Exception exception) => submissions.Failures.CellOf(exception);

    public ValueTask DisposeAsync()
    {
        kernel.Dispose();
        submissions.Dispose();

        return ValueTask.CompletedTask;
    }

    private async Task RunAsync(CellRequest request, ChannelWriter<KernelEvent> events, CancellationToken callerToken)
    {
        var clock = Stopwatch.StartNew();
        var status = CellStatus.Failed;
        var cell = request.Number ?? Interlocked.Increment(ref executionCount);
        var name = $"cell {cell}";
        var submit = new SubmitCode(request.Code);
        CommandFailed? failed = null;
        try
        {
            using var subscription = kernel.KernelEvents.Subscribe(e =>
            {
                failed = e is CommandFailed f && (f.Command == submit || failed is null) ? f : failed;
                if (EventMapper.Map(e) is { } mapped)
                {
                    events.TryWrite(mapped);
                }
            });
            using var scope = submissions.Track(cell);
            var send = kernel.SendAsync(submit, CancellationToken.None);
            var limit = request.Timeout ?? options.DefaultTimeout;
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
            deadline.CancelAfter(limit);
            await Task.WhenAny(send, Task.Delay(Timeout.Infinite, deadline.Token)).ConfigureAwait(false);
            if (!send.IsCompleted)
            {
                status = await CancelAsync(send, name, limit, timedOut: !callerToken.IsCancellationRequested, events).ConfigureAwait(false);
                return;
            }

            var result = await send.ConfigureAwait(false);
            failed ??= result.Events.OfType<CommandFailed>().LastOrDefault();
            if (failed is null)
            {
                status = CellStatus.Succeeded;
            }
            else
            {
                events.TryWrite(new ErrorEvent(EventMapper.Error(failed)));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            events.TryWrite(new ErrorEvent(CellError.FromException(e)));
        }
        finally
        {
            events.TryWrite(new CellCompletedEvent(status, clock.Elapsed));
            events.TryComplete();
        }
    }

    /// <summary>Sends .NET Interactive's <c>Cancel</c>; a cell that still has not ended after the grace period leaves the kernel unusable.</summary>
    private async Task<CellStatus> CancelAsync(Task<KernelCommandResult> send, string name, TimeSpan limit, bool timedOut, ChannelWriter<KernelEvent> events)
    {
        await kernel.SendAsync(new Cancel(), CancellationToken.None).ConfigureAwait(false);
        await Task.WhenAny(send, Task.Delay(options.CancellationGrace, CancellationToken.None)).ConfigureAwait(false);
        string? notStopped = null;
        if (!send.IsCompleted)
        {
            var grace = options.CancellationGrace.TotalSeconds;
            brokenReason = $"{name} did not stop within {grace:0.#} s of being cancelled; the kernel cannot run more cells";
            notStopped = $"it did not stop within {grace:0.#} s, so the kernel can run no more cells";
        }

        events.TryWrite(new ErrorEvent(CellError.Stopped(timedOut, limit, notStopped)));
        return timedOut ? CellStatus.TimedOut : CellStatus.Cancelled;
    }
}
