using System.Text.Json.Nodes;
using Notebooks.Jupyter.Protocol;

namespace Notebooks.Jupyter.Tests.Protocol;

public sealed class MessageFactoryTests
{
    private static readonly JupyterMessage Request = new([[1, 2]], new JsonObject { ["msg_id"] = "req", ["msg_type"] = "kernel_info_request" }, [], [], []);

    [Fact]
    public void Create_Reply_CarriesRequestHeaderAsParentAndItsIdentities()
    {
        var reply = new MessageFactory(TimeProvider.System).Create("kernel_info_reply", [], Request, routed: true);

        Assert.Equal("req", reply.ParentHeader["msg_id"]!.GetValue<string>());
        Assert.Equal([1, 2], Assert.Single(reply.Identities));
        Assert.Equal("5.3", reply.Header["version"]!.GetValue<string>());
    }

    [Fact]
    public void Create_TwoMessages_HaveFreshIds()
    {
        var factory = new MessageFactory(TimeProvider.System);

        Assert.NotEqual(factory.Create("status", [], Request, routed: false).MessageId, factory.Create("status", [], Request, routed: false).MessageId);
    }

    [Fact]
    public void Create_Broadcast_HasNoIdentities() =>
        Assert.Empty(new MessageFactory(TimeProvider.System).Create("status", [], Request, routed: false).Identities);
}
