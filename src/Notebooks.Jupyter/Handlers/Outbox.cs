using System.Text.Json.Nodes;
using Notebooks.Jupyter.Protocol;
using Notebooks.Jupyter.Transport;

namespace Notebooks.Jupyter.Handlers;

/// <summary>Sends the kernel's messages: replies to the sender of a request, and iopub broadcasts with the request as parent.</summary>
internal sealed class Outbox(MessageFactory factory, Action<SocketKind, JupyterMessage> send)
{
    /// <summary>Replies to <paramref name="request"/> on the socket it came from.</summary>
    public void Reply(SocketKind kind, JupyterMessage request, string type, JsonObject content) =>
        send(kind, factory.Create(type, content, request, routed: true));

    /// <summary>Broadcasts on iopub, <paramref name="parent"/> as the parent header.</summary>
    public void Publish(JupyterMessage? parent, string type, JsonObject content) =>
        send(SocketKind.IOPub, factory.Create(type, content, parent, routed: false));

    /// <summary>Broadcasts the kernel's execution state: <c>busy</c>, <c>idle</c> or <c>starting</c>.</summary>
    public void Status(JupyterMessage? parent, string state) => Publish(parent, "status", new JsonObject { ["execution_state"] = state });

    /// <summary>Runs <paramref name="handle"/> between <c>busy</c> and <c>idle</c> for <paramref name="request"/>.</summary>
    public void Busy(JupyterMessage request, Action handle)
    {
        Status(request, "busy");
        try
        {
            handle();
        }
        finally
        {
            Status(request, "idle");
        }
    }
}
