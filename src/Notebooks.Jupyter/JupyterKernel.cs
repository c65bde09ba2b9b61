using Notebooks.Jupyter.Editing;
using Notebooks.Jupyter.Handlers;
using Notebooks.Jupyter.Protocol;
using Notebooks.Jupyter.Transport;
using Notebooks.Kernel.Execution;

namespace Notebooks.Jupyter;

/// <summary>A Jupyter kernel: serves one connection file's sockets with a <see cref="CSharpKernel"/> until shut down.</summary>
public sealed class JupyterKernel
{
    private readonly ConnectionInfo connection;
    private readonly KernelOptions options;
    private readonly Action<string> log;
    private readonly TaskCompletionSource<bool> shutdown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ExecutionQueue? executions;

    /// <summary>A kernel for <paramref name="connection"/>; <paramref name="log"/> receives one line per problem (Jupyter keeps the kernel's stderr).</summary>
    public JupyterKernel(ConnectionInfo connection, KernelOptions options, Action<string> log)
    {
        this.connection = connection;
        this.options = options;
        this.log = log;
    }

    /// <summary>Interrupts the running cell, as <c>interrupt_request</c> does (for SIGINT).</summary>
    public void Interrupt() => executions?.Interrupt();

    /// <summary>Serves requests until a <c>shutdown_request</c> (true when it asked for a restart) or <paramref name="cancellationToken"/>.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var kernel = new CSharpKernel(options);
        await using var disposeKernel = kernel.ConfigureAwait(false);
        var factory = new MessageFactory(TimeProvider.System);
        var wire = new WireFormat(new MessageSigner(connection.Key));
        KernelSockets? sockets = null;
        var outbox = new Outbox(factory, (kind, message) => sockets!.Send(kind, message));
        executions = new ExecutionQueue(kernel, outbox, log);
        var router = new RequestRouter(outbox, executions, new CodeCompletion(kernel), restart => shutdown.TrySetResult(restart), log);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using (sockets = new KernelSockets(connection, wire, router.Handle, log))
        {
            sockets.Start();
            outbox.Status(null, "starting");
            var running = executions.RunAsync(stop.Token);
            var restart = await shutdown.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None)).ConfigureAwait(false);
            return restart;
        }
    }
}
