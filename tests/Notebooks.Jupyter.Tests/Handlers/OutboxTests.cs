using System.Text.Json.Nodes;
using Notebooks.Jupyter.Tests.Support;
using Notebooks.Jupyter.Transport;

namespace Notebooks.Jupyter.Tests.Handlers;

/// <summary>Replies go back to their sender on the socket the request came from; broadcasts go on iopub, the request as their parent.</summary>
public sealed class OutboxTests
{
    [Theory]
    [InlineData("Shell")]
    [InlineData("Control")]
    public void Reply_Request_IsRoutedToItsSenderOnItsSocketWithItAsParent(string socket)
    {
        var kind = Enum.Parse<SocketKind>(socket);
        var sent = new SentMessages();
        var request = SentMessages.Request("kernel_info_request");

        sent.Outbox.Reply(kind, request, "kernel_info_reply", new JsonObject { ["status"] = "ok" });

        var (sentOn, reply) = Assert.Single(sent.All);
        Assert.Equal(kind, sentOn);
        Assert.Equal([7], Assert.Single(reply.Identities));
        Assert.Equal(request.MessageId, reply.ParentHeader["msg_id"]!.GetValue<string>());
        Assert.Equal(("kernel_info_reply", "ok"), (reply.MessageType, reply.Text("status")));
    }

    [Fact]
    public void Publish_WithParent_GoesOnIOPubWithoutIdentities()
    {
        var sent = new SentMessages();
        var request = SentMessages.Request("execute_request");

        sent.Outbox.Publish(request, "stream", new JsonObject { ["name"] = "stdout", ["text"] = "hi" });

        var (socket, message) = Assert.Single(sent.All);
        Assert.Equal(SocketKind.IOPub, socket);
        Assert.Empty(message.Identities);
        Assert.Equal(request.MessageId, message.ParentHeader["msg_id"]!.GetValue<string>());
    }

    [Fact]
    public void Status_WithoutParent_HasAnEmptyParentHeader()
    {
        var sent = new SentMessages();

        sent.Outbox.Status(null, "starting");

        var message = Assert.Single(sent.All).Message;
        Assert.Equal("starting", message.Text("execution_state"));
        Assert.Empty(message.ParentHeader);
    }

    [Fact]
    public void Busy_HandlerThrows_StillPublishesIdle()
    {
        var sent = new SentMessages();
        var request = SentMessages.Request("inspect_request");

        Assert.Throws<InvalidOperationException>(() => sent.Outbox.Busy(request, () => throw new InvalidOperationException("handler bug")));

        Assert.Equal(["IOPub status:busy", "IOPub status:idle"], sent.Summary);
        Assert.All(sent.All, m => Assert.Equal(request.MessageId, m.Message.ParentHeader["msg_id"]!.GetValue<string>()));
    }
}
