using System.Security.Cryptography;
using System.Text;

namespace Notebooks.Jupyter.Protocol;

/// <summary>Signs and verifies messages with HMAC-SHA256 over the four JSON frames; an empty key disables signing.</summary>
internal sealed class MessageSigner(string key)
{
    private readonly byte[] key = Encoding.UTF8.GetBytes(key);

    /// <summary>Whether messages are signed at all.</summary>
    public bool Enabled => key.Length > 0;

    /// <summary>The lowercase hex signature of the frames, or empty when signing is off.</summary>
    public string Sign(IEnumerable<byte[]> frames)
    {
        if (!Enabled)
        {
            return "";
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var frame in frames)
        {
            hmac.AppendData(frame);
        }

        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>Whether <paramref name="signature"/> is the frames' signature (compared in constant time).</summary>
    public bool Verify(string signature, IEnumerable<byte[]> frames)
    {
        if (!Enabled)
        {
            return true;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(frames));
        var actual = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
