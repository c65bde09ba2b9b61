using System.Text.Json.Nodes;
using Notebooks.Jupyter.Editing;
using Notebooks.Jupyter.Protocol;
using Notebooks.Jupyter.Transport;

namespace Notebooks.Jupyter.Handlers;

/// <summary>Handles each request on the socket thread: quick ones at once, executions queued, completion on the thread pool.</summary>
internal sealed class RequestRouter(Outbox outbox, ExecutionQueue executions, CodeCompletion completion, Action<bool> shutdown, Action<string> log)
{
    public void Handle(SocketKind kind, JupyterMessage request)
    {
        switch (request.MessageType)
        {
            case "execute_request" when kind == SocketKind.Shell:
                executions.Enqueue(request);
                break;
            case "kernel_info_request":
                outbox.Busy(request, () => outbox.Reply(kind, request, "kernel_info_reply", KernelInfo.Content()));
                break;
            case "interrupt_request":
                executions.Interrupt();
                outbox.Reply(kind, request, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                var restart = request.Flag("restart", false);
                executions.Interrupt();
                outbox.Reply(kind, request, "shutdown_reply", new JsonObject { ["status"] = "ok", ["restart"] = restart });
                shutdown(restart);
                break;
            case "is_complete_request":
                outbox.Busy(request, () => outbox.Reply(kind, request, "is_complete_reply", IsComplete(request.Text("code"))));
                break;
            case "complete_request":
                _ = Task.Run(() => outbox.Busy(request, () => outbox.Reply(kind, request, "complete_reply", Complete(request))));
                break;
            case "inspect_request":
                outbox.Busy(request, () => outbox.Reply(kind, request, "inspect_reply", new JsonObject { ["status"] = "ok", ["found"] = false, ["data"] = new JsonObject(), ["metadata"] = new JsonObject() }));
                break;
            case "comm_info_request":
                outbox.Busy(request, () => outbox.Reply(kind, request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() }));
                break;
            case "history_request":
                outbox.Busy(request, () => outbox.Reply(kind, request, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() }));
                break;
            default:
                log($"{kind}: {request.MessageType} is not handled");
                break;
        }
    }

    private static JsonObject IsComplete(string code)
    {
        var status = CompletenessCheck.Status(code);
        var reply = new JsonObject { ["status"] = status };
        if (status == "incomplete")
        {
            reply["indent"] = "";
        }

        return reply;
    }

    private JsonObject Complete(JupyterMessage request)
    {
        var code = request.Text("code");
        var cursor = request.Number("cursor_pos", code.Length);
        try
        {
            var (matches, start, end) = completion.Complete(code, cursor);
            return Completions(matches, start, end);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log($"complete_request failed: {e}");
            return Completions([], cursor, cursor);
        }
    }

    private static JsonObject Completions(IReadOnlyList<string> matches, int start, int end) => new()
    {
        ["status"] = "ok",
        ["matches"] = new JsonArray([.. matches.Select(m => JsonValue.Create(m))]),
        ["cursor_start"] = start,
        ["cursor_end"] = end,
        ["metadata"] = new JsonObject(),
    };
}
