using System.Text.Json.Nodes;

namespace Notebooks.Jupyter.Protocol;

/// <summary>A Jupyter message: the routing identities it came with and its four JSON parts.</summary>
/// <param name="Identities">ZeroMQ routing identities (ROUTER sockets); empty for iopub.</param>
/// <param name="Header">The header: <c>msg_id</c>, <c>msg_type</c>, <c>session</c>, <c>username</c>, <c>date</c>, <c>version</c>.</param>
/// <param name="ParentHeader">The header of the request this message answers, or empty.</param>
/// <param name="Metadata">Message metadata.</param>
/// <param name="Content">The message's content.</param>
internal sealed record JupyterMessage(IReadOnlyList<byte[]> Identities, JsonObject Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content)
{
    /// <summary>The header's <c>msg_type</c>.</summary>
    public string MessageType => Header["msg_type"]?.GetValue<string>() ?? "";

    /// <summary>The header's <c>msg_id</c>.</summary>
    public string MessageId => Header["msg_id"]?.GetValue<string>() ?? "";

    /// <summary>A string field of the content, or <paramref name="fallback"/>.</summary>
    public string Text(string name, string fallback = "") => Content[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : fallback;

    /// <summary>A boolean field of the content, or <paramref name="fallback"/>.</summary>
    public bool Flag(string name, bool fallback) => Content[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;

    /// <summary>An integer field of the content, or <paramref name="fallback"/>.</summary>
    public int Number(string name, int fallback) => Content[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : fallback;
}
