using System.Text.Json.Nodes;
using Notebooks.Jupyter.Handlers;
using Notebooks.Jupyter.Protocol;
using Notebooks.Jupyter.Transport;

namespace Notebooks.Jupyter.Tests.Support;

/// <summary>An <see cref="Outbox"/> that records what the kernel sends instead of sending it, and lets a test wait for a message.</summary>
internal sealed class SentMessages
{
    private readonly Lock gate = new();
    private readonly List<(SocketKind Kind, JupyterMessage Message)> sent = [];
    private readonly List<(Func<SocketKind, JupyterMessage, bool> Match, TaskCompletionSource<JupyterMessage> Seen)> waiters = [];

    public SentMessages() => Outbox = new Outbox(new MessageFactory(TimeProvider.System), Record);

    /// <summary>The outbox whose messages are recorded.</summary>
    public Outbox Outbox { get; }

    /// <summary>Called on the sending thread for every message, after it is recorded.</summary>
    public Action<SocketKind, JupyterMessage>? OnSent { get; set; }

    /// <summary>Every message so far, in order.</summary>
    public IReadOnlyList<(SocketKind Kind, JupyterMessage Message)> All
    {
        get
        {
            lock (gate)
            {
                return [.. sent];
            }
        }
    }

    /// <summary>Each message so far as <c>Socket type</c>, statuses as <c>IOPub status:state</c>.</summary>
    public IReadOnlyList<string> Summary => [.. All.Select(m => Describe(m.Kind, m.Message))];

    /// <summary>A request of <paramref name="type"/> from client identity <c>[7]</c>.</summary>
    public static JupyterMessage Request(string type, JsonObject? content = null) =>
        new([[7]], new JsonObject { ["msg_id"] = $"request-{Guid.NewGuid()}", ["msg_type"] = type, ["session"] = "client" }, [], [], content ?? []);

    /// <summary>The first message described as <paramref name="description"/> (see <see cref="Summary"/>), sent already or later.</summary>
    public Task<JupyterMessage> WhenSent(string description) => WhenSent((kind, message) => Describe(kind, message) == description);

    /// <summary>The first message <paramref name="match"/> accepts, sent already or later.</summary>
    public Task<JupyterMessage> WhenSent(Func<SocketKind, JupyterMessage, bool> match)
    {
        var seen = new TaskCompletionSource<JupyterMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (sent.FirstOrDefault(m => match(m.Kind, m.Message)) is { Message: { } already })
            {
                return Task.FromResult(already);
            }

            waiters.Add((match, seen));
        }

        return seen.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private static string Describe(SocketKind kind, JupyterMessage message) =>
        message.MessageType == "status" ? $"{kind} status:{message.Text("execution_state")}" : $"{kind} {message.MessageType}";

    private void Record(SocketKind kind, JupyterMessage message)
    {
        lock (gate)
        {
            sent.Add((kind, message));
            foreach (var waiter in waiters.Where(w => w.Match(kind, message)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Seen.TrySetResult(message);
            }
        }

        OnSent?.Invoke(kind, message);
    }
}
