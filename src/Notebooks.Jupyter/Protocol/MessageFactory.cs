using System.Globalization;
using System.Text.Json.Nodes;

namespace Notebooks.Jupyter.Protocol;

/// <summary>Makes the kernel's messages: fresh ids, this kernel's session, protocol 5.3, the request as parent.</summary>
internal sealed class MessageFactory(TimeProvider clock)
{
    /// <summary>The protocol version the kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    /// <summary>This kernel's session id.</summary>
    public string Session { get; } = Guid.NewGuid().ToString();

    /// <summary>A message of <paramref name="type"/> answering <paramref name="parent"/> (or none), routed back to its sender.</summary>
    public JupyterMessage Create(string type, JsonObject content, JupyterMessage? parent, bool routed)
    {
        var header = new JsonObject
        {
            ["msg_id"] = Guid.NewGuid().ToString(),
            ["msg_type"] = type,
            ["session"] = Session,
            ["username"] = "kernel",
            ["date"] = clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            ["version"] = ProtocolVersion,
        };
        var parentHeader = parent?.Header.DeepClone().AsObject() ?? [];
        return new JupyterMessage(routed && parent is not null ? parent.Identities : [], header, parentHeader, [], content);
    }
}
