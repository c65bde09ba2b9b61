using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Jupyter.Protocol;

/// <summary>Turns messages into ZeroMQ frames and back: identities, the delimiter, the signature, four JSON frames.</summary>
internal sealed class WireFormat(MessageSigner signer)
{
    /// <summary>The frame between the routing identities and the signature.</summary>
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    /// <summary>The frames of <paramref name="message"/>, signed.</summary>
    public List<byte[]> Encode(JupyterMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        byte[][] parts = [Json(message.Header), Json(message.ParentHeader), Json(message.Metadata), Json(message.Content)];
        return [.. message.Identities, Delimiter, Encoding.ASCII.GetBytes(signer.Sign(parts)), .. parts];
    }

    /// <summary>Reads frames into a message; null with <paramref name="error"/> set when they are malformed or badly signed.</summary>
    public JupyterMessage? Decode(IReadOnlyList<byte[]> frames, out string? error)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiter = i;
                break;
            }
        }

        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            error = "malformed message: no delimiter or fewer than five frames after it";
            return null;
        }

        var signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        var parts = frames.Skip(delimiter + 2).Take(4).ToArray();
        if (!signer.Verify(signature, parts))
        {
            error = signature.Length == 0 ? "message without a signature rejected" : "message with a wrong signature rejected";
            return null;
        }

        try
        {
            var objects = parts.Select(p => JsonNode.Parse(p) as JsonObject ?? []).ToArray();
            error = null;
            return new JupyterMessage([.. frames.Take(delimiter)], objects[0], objects[1], objects[2], objects[3]);
        }
        catch (JsonException e)
        {
            error = $"malformed message: {e.Message}";
            return null;
        }
    }

    private static byte[] Json(JsonObject value) => Encoding.UTF8.GetBytes(value.ToJsonString());
}
