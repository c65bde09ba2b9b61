using System.Security.Cryptography;
using System.Text;
using Notebooks.Jupyter.Protocol;

namespace Notebooks.Jupyter.Tests.Protocol;

public sealed class MessageSignerTests
{
    private static readonly byte[][] Frames = [.. new[] { "{\"a\":1}", "{}", "{}", "{\"code\":\"1\"}" }.Select(Encoding.UTF8.GetBytes)];

    [Fact]
    public void Sign_Frames_IsHmacSha256OfTheirConcatenationInLowercaseHex()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData("key"u8, Frames.SelectMany(f => f).ToArray()));

        Assert.Equal(expected, new MessageSigner("key").Sign(Frames));
    }

    [Fact]
    public void Verify_OwnSignature_IsTrue()
    {
        var signer = new MessageSigner("key");

        Assert.True(signer.Verify(signer.Sign(Frames), Frames));
    }

    [Fact]
    public void Verify_OtherKeysSignature_IsFalse() =>
        Assert.False(new MessageSigner("key").Verify(new MessageSigner("other").Sign(Frames), Frames));

    [Fact]
    public void Verify_MissingSignature_IsFalse() => Assert.False(new MessageSigner("key").Verify("", Frames));

    [Fact]
    public void Verify_EmptyKey_AcceptsUnsignedMessages()
    {
        var signer = new MessageSigner("");

        Assert.False(signer.Enabled);
        Assert.Equal("", signer.Sign(Frames));
        Assert.True(signer.Verify("", Frames));
    }
}
