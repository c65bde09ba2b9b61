using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Jupyter.Protocol;

namespace Notebooks.Jupyter.Tests.Protocol;

public sealed class WireFormatTests
{
    private static readonly WireFormat Wire = new(new MessageSigner("secret"));

    private static JupyterMessage Sample() => new(
        [Encoding.ASCII.GetBytes("client-1")],
        new JsonObject { ["msg_id"] = "m1", ["msg_type"] = "execute_request" },
        [],
        [],
        new JsonObject { ["code"] = "1 + 1" });

    [Fact]
    public void Decode_EncodedMessage_RoundTrips()
    {
        var decoded = Wire.Decode(Wire.Encode(Sample()), out var error);

        Assert.Null(error);
        Assert.NotNull(decoded);
        Assert.Equal("execute_request", decoded.MessageType);
        Assert.Equal("1 + 1", decoded.Text("code"));
        Assert.Equal("client-1", Encoding.ASCII.GetString(Assert.Single(decoded.Identities)));
    }

    [Fact]
    public void Decode_WrongSignature_IsRejected()
    {
        var frames = new WireFormat(new MessageSigner("other")).Encode(Sample());

        Assert.Null(Wire.Decode(frames, out var error));
        Assert.Equal("message with a wrong signature rejected", error);
    }

    [Fact]
    public void Decode_MissingSignature_IsRejected()
    {
        var frames = new WireFormat(new MessageSigner("")).Encode(Sample());

        Assert.Null(Wire.Decode(frames, out var error));
        Assert.Equal("message without a signature rejected", error);
    }

    [Fact]
    public void Decode_TamperedContent_IsRejected()
    {
        var frames = Wire.Encode(Sample());
        frames[^1] = Encoding.UTF8.GetBytes("{\"code\":\"Environment.Exit(1)\"}");

        Assert.Null(Wire.Decode(frames, out _));
    }

    [Fact]
    public void Decode_NoDelimiter_IsMalformed()
    {
        Assert.Null(Wire.Decode([Encoding.ASCII.GetBytes("x")], out var error));
        Assert.StartsWith("malformed message", error, StringComparison.Ordinal);
    }
}
