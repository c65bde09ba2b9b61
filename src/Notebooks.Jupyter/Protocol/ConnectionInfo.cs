using System.Text.Json;
using System.Text.Json.Serialization;

namespace Notebooks.Jupyter.Protocol;

/// <summary>A Jupyter connection file: where to bind the five sockets and the key that signs messages.</summary>
public sealed record ConnectionInfo
{
    /// <summary>The ZeroMQ transport; only <c>tcp</c> is supported.</summary>
    [JsonPropertyName("transport")]
    public string Transport { get; init; } = "tcp";

    /// <summary>The IP address to bind.</summary>
    [JsonPropertyName("ip")]
    public string Ip { get; init; } = "127.0.0.1";

    /// <summary>The shell ROUTER port.</summary>
    [JsonPropertyName("shell_port")]
    public int ShellPort { get; init; }

    /// <summary>The control ROUTER port.</summary>
    [JsonPropertyName("control_port")]
    public int ControlPort { get; init; }

    /// <summary>The stdin ROUTER port.</summary>
    [JsonPropertyName("stdin_port")]
    public int StdinPort { get; init; }

    /// <summary>The iopub PUB port.</summary>
    [JsonPropertyName("iopub_port")]
    public int IOPubPort { get; init; }

    /// <summary>The heartbeat REP port.</summary>
    [JsonPropertyName("hb_port")]
    public int HeartbeatPort { get; init; }

    /// <summary>The HMAC key; empty disables signing.</summary>
    [JsonPropertyName("key")]
    public string Key { get; init; } = "";

    /// <summary>The signature scheme; only <c>hmac-sha256</c> is supported.</summary>
    [JsonPropertyName("signature_scheme")]
    public string SignatureScheme { get; init; } = "hmac-sha256";

    /// <summary>Reads a connection file.</summary>
    public static ConnectionInfo Read(string path)
    {
        var info = JsonSerializer.Deserialize<ConnectionInfo>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path}: not a connection file");
        if (info.Transport != "tcp")
        {
            throw new InvalidDataException($"{path}: transport '{info.Transport}' is not supported (tcp only)");
        }

        if (info.SignatureScheme != "hmac-sha256")
        {
            throw new InvalidDataException($"{path}: signature scheme '{info.SignatureScheme}' is not supported (hmac-sha256 only)");
        }

        return info;
    }

    /// <summary>The address to bind for <paramref name="port"/>.</summary>
    public string Address(int port) => $"{Transport}://{Ip}:{port}";
}
