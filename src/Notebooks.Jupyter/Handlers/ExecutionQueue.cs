using System.Text.Json.Nodes;
using System.Threading.Channels;
using Notebooks.Jupyter.Protocol;
using Notebooks.Jupyter.Transport;
using Notebooks.Kernel.Execution;

namespace Notebooks.Jupyter.Handlers;

/// <summary>Runs <c>execute_request</c>s one at a time, off the socket thread, so the kernel answers while a cell runs.</summary>
internal sealed class ExecutionQueue(CSharpKernel kernel, Outbox outbox, Action<string> log)
{
    private readonly Channel<JupyterMessage> requests = Channel.CreateUnbounded<JupyterMessage>(new() { SingleReader = true });
    private readonly Lock interruptLock = new();
    private CancellationTokenSource? running;
    private int executionCount;

    /// <summary>Queues a request; replies come when it ran.</summary>
    public void Enqueue(JupyterMessage request) => requests.Writer.TryWrite(request);

    /// <summary>Cancels the running cell's token; nothing happens when no cell runs.</summary>
    public void Interrupt()
    {
        lock (interruptLock)
        {
            running?.Cancel();
        }
    }

    /// <summary>Runs queued requests until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var request in requests.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await ExecuteAsync(request).ConfigureAwait(false);
        }
    }

    private async Task ExecuteAsync(JupyterMessage request)
    {
        var code = request.Text("code");
        var silent = request.Flag("silent", false);
        var count = silent || !request.Flag("store_history", true) ? executionCount : ++executionCount;

        // Interruptible before the front end hears that the cell started: an interrupt sent on seeing execute_input must not be lost.
        using var cancellation = new CancellationTokenSource();
        lock (interruptLock)
        {
            running = cancellation;
        }

        outbox.Status(request, "busy");
        if (!silent)
        {
            outbox.Publish(request, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });
        }

        CellError? error = null;
        try
        {
            var cell = new CellRequest(code) { Number = count };
            await foreach (var e in kernel.ExecuteAsync(cell, cancellation.Token).ConfigureAwait(false))
            {
                error = e is ErrorEvent failure ? failure.Error : error;
                Publish(request, e, count, silent);
            }

            foreach (var late in kernel.TakeLateFailures())
            {
                Publish(request, new StreamEvent("stderr", $"A task that cell {late.Cell} started failed later: {late.Error.Summary}\n"), count, silent);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            error = CellError.Stopped(timedOut: false, TimeSpan.Zero);
            Publish(request, new ErrorEvent(error), count, silent);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log($"execute_request failed: {e}");
            error = CellError.FromException(e);
            Publish(request, new ErrorEvent(error), count, silent);
        }
        finally
        {
            lock (interruptLock)
            {
                running = null;
            }
        }

        var reply = error is null ? new JsonObject { ["status"] = "ok", ["user_expressions"] = new JsonObject(), ["payload"] = new JsonArray() } : OutputContent.Error(error);
        if (error is not null)
        {
            reply["status"] = "error";
        }

        reply["execution_count"] = count;
        // Taken before the reply goes out: a request the front end sends on seeing the error is not one it queued behind it.
        var aborted = error is not null && request.Flag("stop_on_error", true) ? TakeQueued() : [];
        outbox.Reply(SocketKind.Shell, request, "execute_reply", reply);
        outbox.Status(request, "idle");
        foreach (var queued in aborted)
        {
            outbox.Busy(queued, () => outbox.Reply(SocketKind.Shell, queued, "execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = executionCount }));
        }
    }

    private void Publish(JupyterMessage request, KernelEvent e, int count, bool silent)
    {
        if (silent || OutputContent.For(e, count) is not { } message)
        {
            return;
        }

        outbox.Publish(request, message.Type, message.Content);
        foreach (var problem in OutputContent.FormatterErrors(e))
        {
            outbox.Publish(request, "error", OutputContent.Error(CellError.Of(CellErrorKind.Formatter, problem)));
        }
    }

    /// <summary>The requests queued behind one that failed: aborted, as Jupyter kernels do for <c>stop_on_error</c>.</summary>
    private List<JupyterMessage> TakeQueued()
    {
        var queued = new List<JupyterMessage>();
        while (requests.Reader.TryRead(out var request))
        {
            queued.Add(request);
        }

        return queued;
    }
}
