using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;
using Notebooks.Jupyter.Protocol;
using Notebooks.Jupyter.Transport;

namespace Notebooks.Jupyter.Tests.Transport;

/// <summary>The kernel's sockets on loopback, driven by a client's sockets: signed messages in and out, in Jupyter's frame layout.</summary>
public sealed class KernelSocketsTests : IDisposable
{
    private const string Key = "a-test-key";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ConnectionInfo connection = FreePorts();
    private readonly List<(string Kind, JupyterMessage Message)> received = [];
    private readonly List<string> log = [];
    private readonly Lock gate = new();
    private readonly TaskCompletionSource<JupyterMessage> handled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly KernelSockets sockets;
    private Action<JupyterMessage>? onReceived;

    public KernelSocketsTests()
    {
        sockets = new KernelSockets(connection, new WireFormat(new MessageSigner(Key)), Receive, line => { lock (gate) { log.Add(line); } });
        sockets.Start();
    }

    [Theory]
    [InlineData("Shell")]
    [InlineData("Control")]
    public async Task Receive_SignedRequest_IsHandedOverWithItsSocketAndTheSendersIdentity(string socket)
    {
        using var client = Client(socket == "Shell" ? connection.ShellPort : connection.ControlPort, "client-1");

        client.SendMultipartBytes(Frames(Key, "kernel_info_request"));

        var message = await handled.Task.WaitAsync(Patience);
        Assert.Equal("kernel_info_request", message.MessageType);
        Assert.Equal("client-1", Encoding.ASCII.GetString(Assert.Single(message.Identities)));
        Assert.Equal(socket, Assert.Single(Received()).Kind);
    }

    [Fact]
    public async Task Receive_WrongSignature_IsRejectedAndLogged_AndTheNextMessageIsStillHandled()
    {
        using var client = Client(connection.ShellPort, "client-1");

        client.SendMultipartBytes(Frames("another-key", "execute_request"));
        client.SendMultipartBytes(Frames(Key, "kernel_info_request"));

        Assert.Equal("kernel_info_request", (await handled.Task.WaitAsync(Patience)).MessageType);
        Assert.Single(Received());
        Assert.Equal(["Shell: message with a wrong signature rejected; not handled"], Log());
    }

    [Fact]
    public async Task Receive_HandlerThrows_IsLoggedAndTheSocketGoesOn()
    {
        onReceived = m =>
        {
            if (m.MessageType == "history_request")
            {
                throw new InvalidOperationException("handler bug");
            }
        };
        using var client = Client(connection.ShellPort, "client-1");

        client.SendMultipartBytes(Frames(Key, "history_request"));
        client.SendMultipartBytes(Frames(Key, "kernel_info_request"));

        await handled.Task.WaitAsync(Patience);
        var line = Assert.Single(Log());
        Assert.StartsWith("Shell: history_request failed: System.InvalidOperationException: handler bug", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ReplyOnShell_ReachesTheSenderAsDelimiterSignatureAndFourJsonFrames()
    {
        using var client = Client(connection.ShellPort, "client-1");
        client.SendMultipartBytes(Frames(Key, "kernel_info_request"));
        var request = await handled.Task.WaitAsync(Patience);

        sockets.Send(SocketKind.Shell, new MessageFactory(TimeProvider.System).Create("kernel_info_reply", new JsonObject { ["status"] = "ok" }, request, routed: true));

        var frames = new List<byte[]>();
        Assert.True(client.TryReceiveMultipartBytes(Patience, ref frames), "no reply");
        Assert.Equal(6, frames.Count);
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[0]));
        Assert.Equal(new MessageSigner(Key).Sign(frames.Skip(2)), Encoding.ASCII.GetString(frames[1]));
        Assert.Equal("kernel_info_reply", JsonNode.Parse(frames[2])!["msg_type"]!.GetValue<string>());
        Assert.Equal(request.MessageId, JsonNode.Parse(frames[3])!["msg_id"]!.GetValue<string>());
        Assert.Equal("ok", JsonNode.Parse(frames[5])!["status"]!.GetValue<string>());
    }

    [Fact]
    public void Send_OnIOPub_ReachesASubscriberWithoutIdentities()
    {
        using var subscriber = new SubscriberSocket();
        subscriber.Options.Linger = TimeSpan.Zero;
        subscriber.Connect(connection.Address(connection.IOPubPort));
        subscriber.SubscribeToAnyTopic();
        var status = new MessageFactory(TimeProvider.System).Create("status", new JsonObject { ["execution_state"] = "starting" }, null, routed: false);

        // A subscription takes effect some time after it is made: the kernel publishes until the subscriber hears one.
        var frames = new List<byte[]>();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        do
        {
            sockets.Send(SocketKind.IOPub, status);
        }
        while (!subscriber.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(100), ref frames) && System.Diagnostics.Stopwatch.GetElapsedTime(started) < Patience);

        Assert.Equal(6, frames.Count);
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[0]));
        Assert.Equal("starting", JsonNode.Parse(frames[5])!["execution_state"]!.GetValue<string>());
    }

    [Fact]
    public void Heartbeat_Ping_IsEchoed()
    {
        using var client = new RequestSocket();
        client.Options.Linger = TimeSpan.Zero;
        client.Connect(connection.Address(connection.HeartbeatPort));

        client.SendFrame("ping 1");

        Assert.True(client.TryReceiveFrameString(Patience, out var echo), "no echo");
        Assert.Equal("ping 1", echo);
    }

    public void Dispose() => sockets.Dispose();

    private static ConnectionInfo FreePorts()
    {
        var ports = new int[5];
        var listeners = ports.Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        ports = [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        listeners.ForEach(l => l.Stop());
        return new ConnectionInfo { ShellPort = ports[0], ControlPort = ports[1], StdinPort = ports[2], IOPubPort = ports[3], HeartbeatPort = ports[4], Key = Key };
    }

    private static List<byte[]> Frames(string key, string type)
    {
        var header = new JsonObject { ["msg_id"] = Guid.NewGuid().ToString(), ["msg_type"] = type, ["session"] = "client", ["version"] = "5.3" };
        byte[][] parts = [Encoding.UTF8.GetBytes(header.ToJsonString()), "{}"u8.ToArray(), "{}"u8.ToArray(), "{}"u8.ToArray()];
        return [WireFormat.Delimiter, Encoding.ASCII.GetBytes(new MessageSigner(key).Sign(parts)), .. parts];
    }

    private DealerSocket Client(int port, string identity)
    {
        var client = new DealerSocket();
        client.Options.Identity = Encoding.ASCII.GetBytes(identity);
        client.Options.Linger = TimeSpan.Zero;
        client.Connect(connection.Address(port));
        return client;
    }

    private void Receive(SocketKind kind, JupyterMessage message)
    {
        lock (gate)
        {
            received.Add((kind.ToString(), message));
        }

        onReceived?.Invoke(message);
        if (message.MessageType == "kernel_info_request")
        {
            handled.TrySetResult(message);
        }
    }

    private List<(string Kind, JupyterMessage Message)> Received()
    {
        lock (gate)
        {
            return [.. received];
        }
    }

    private List<string> Log()
    {
        lock (gate)
        {
            return [.. log];
        }
    }
}
