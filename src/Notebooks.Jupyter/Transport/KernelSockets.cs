using NetMQ;
using NetMQ.Sockets;
using Notebooks.Jupyter.Protocol;

namespace Notebooks.Jupyter.Transport;

/// <summary>The kernel's sockets, owned by one poller thread: every receive and every send happens there.</summary>
/// <remarks>NetMQ sockets are not thread-safe, so other threads send by queueing; the heartbeat has its own thread and socket.</remarks>
internal sealed class KernelSockets : IDisposable
{
    private readonly RouterSocket shell = new();
    private readonly RouterSocket control = new();
    private readonly RouterSocket stdin = new();
    private readonly PublisherSocket iopub = new();
    private readonly NetMQQueue<(SocketKind Kind, List<byte[]> Frames)> outgoing = new();
    private readonly NetMQPoller poller;
    private readonly Heartbeat heartbeat;
    private readonly WireFormat wire;
    private readonly Action<SocketKind, JupyterMessage> received;
    private readonly Action<string> log;

    public KernelSockets(ConnectionInfo connection, WireFormat wire, Action<SocketKind, JupyterMessage> received, Action<string> log)
    {
        this.wire = wire;
        this.received = received;
        this.log = log;
        foreach (var socket in new NetMQSocket[] { shell, control, stdin, iopub })
        {
            socket.Options.Linger = TimeSpan.FromSeconds(1);
        }

        shell.Bind(connection.Address(connection.ShellPort));
        control.Bind(connection.Address(connection.ControlPort));
        stdin.Bind(connection.Address(connection.StdinPort));
        iopub.Bind(connection.Address(connection.IOPubPort));
        heartbeat = new Heartbeat(connection.Address(connection.HeartbeatPort));
        shell.ReceiveReady += (_, e) => Receive(SocketKind.Shell, e.Socket);
        control.ReceiveReady += (_, e) => Receive(SocketKind.Control, e.Socket);
        stdin.ReceiveReady += (_, e) => Receive(SocketKind.Stdin, e.Socket);
        outgoing.ReceiveReady += (_, _) => SendQueued();
        poller = [shell, control, stdin, outgoing];
    }

    /// <summary>Starts receiving on a thread of its own.</summary>
    public void Start() => poller.RunAsync("jupyter sockets", isBackgroundThread: true);

    /// <summary>Queues <paramref name="message"/> for <paramref name="kind"/>; safe from any thread.</summary>
    public void Send(SocketKind kind, JupyterMessage message) => outgoing.Enqueue((kind, wire.Encode(message)));

    private void Receive(SocketKind kind, NetMQSocket socket)
    {
        var frames = new List<byte[]>();
        while (socket.TryReceiveMultipartBytes(TimeSpan.Zero, ref frames))
        {
            var message = wire.Decode(frames, out var error);
            if (message is null)
            {
                log($"{kind}: {error}; not handled");
                continue;
            }

            try
            {
                received(kind, message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log($"{kind}: {message.MessageType} failed: {e}");
            }

            frames = [];
        }
    }

    private void SendQueued()
    {
        while (outgoing.TryDequeue(out var item, TimeSpan.Zero))
        {
            SocketFor(item.Kind).SendMultipartBytes(item.Frames);
        }
    }

    private NetMQSocket SocketFor(SocketKind kind) => kind switch
    {
        SocketKind.Shell => shell,
        SocketKind.Control => control,
        SocketKind.Stdin => stdin,
        _ => iopub,
    };

    /// <summary>Stops the poller, sends what is still queued and closes the sockets.</summary>
    public void Dispose()
    {
        if (poller.IsRunning)
        {
            poller.Stop();
        }

        SendQueued();
        poller.Dispose();
        heartbeat.Dispose();
        foreach (var socket in new NetMQSocket[] { shell, control, stdin, iopub })
        {
            socket.Dispose();
        }

        outgoing.Dispose();
    }
}
