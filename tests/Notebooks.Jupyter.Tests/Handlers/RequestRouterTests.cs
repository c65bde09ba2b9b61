using System.Text.Json.Nodes;
using Notebooks.Jupyter.Editing;
using Notebooks.Jupyter.Handlers;
using Notebooks.Jupyter.Tests.Support;
using Notebooks.Jupyter.Transport;
using Notebooks.Kernel.Execution;

namespace Notebooks.Jupyter.Tests.Handlers;

/// <summary>Each request type gets its reply on the socket it came from, between busy and idle where Jupyter expects them.</summary>
public sealed class RequestRouterTests : IAsyncDisposable
{
    private readonly CSharpKernel kernel = new();
    private readonly SentMessages sent = new();
    private readonly List<string> log = [];
    private readonly List<bool> shutdowns = [];
    private readonly RequestRouter router;

    public RequestRouterTests()
    {
        var executions = new ExecutionQueue(kernel, sent.Outbox, log.Add);
        router = new RequestRouter(sent.Outbox, executions, new CodeCompletion(kernel), shutdowns.Add, log.Add);
    }

    [Theory]
    [InlineData("Shell")]
    [InlineData("Control")]
    public void Handle_KernelInfoRequest_RepliesWhoWeAreBetweenBusyAndIdle(string socket)
    {
        var kind = Enum.Parse<SocketKind>(socket);
        var request = SentMessages.Request("kernel_info_request");

        router.Handle(kind, request);

        Assert.Equal(["IOPub status:busy", $"{kind} kernel_info_reply", "IOPub status:idle"], sent.Summary);
        var reply = sent.All[1].Message;
        Assert.Equal(("ok", "5.3", "notebooks"), (reply.Text("status"), reply.Text("protocol_version"), reply.Text("implementation")));
        var language = reply.Content["language_info"]!.AsObject();
        Assert.Equal(("C#", ".cs", "text/x-csharp"), (language["name"]!.GetValue<string>(), language["file_extension"]!.GetValue<string>(), language["mimetype"]!.GetValue<string>()));
        Assert.Contains(".NET", reply.Text("banner"), StringComparison.Ordinal);
        Assert.DoesNotContain('+', reply.Text("implementation_version"));
        Assert.All(sent.All, m => Assert.Equal(request.MessageId, m.Message.ParentHeader["msg_id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("var x = 1;", "complete", false)]
    [InlineData("if (true) {", "incomplete", true)]
    [InlineData("", "complete", false)]
    [InlineData("#r \"nuget: Humanizer\"", "complete", false)]
    public void Handle_IsCompleteRequest_SaysWhetherToRunOrWaitForMoreLines(string code, string status, bool hasIndent)
    {
        router.Handle(SocketKind.Shell, SentMessages.Request("is_complete_request", new JsonObject { ["code"] = code }));

        Assert.Equal(["IOPub status:busy", "Shell is_complete_reply", "IOPub status:idle"], sent.Summary);
        var reply = sent.All[1].Message;
        Assert.Equal(status, reply.Text("status"));
        Assert.Equal(hasIndent, reply.Content.ContainsKey("indent"));
    }

    [Fact]
    public async Task Handle_CompleteRequest_RepliesOffTheSocketThreadWithMatchesAndTheirRange()
    {
        router.Handle(SocketKind.Shell, SentMessages.Request("complete_request", new JsonObject { ["code"] = "Console.WriteL", ["cursor_pos"] = 14 }));

        var reply = await sent.WhenSent("Shell complete_reply");
        await sent.WhenSent("IOPub status:idle");
        Assert.Equal("ok", reply.Text("status"));
        Assert.Equal(["WriteLine"], reply.Content["matches"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal((8, 14), (reply.Number("cursor_start", -1), reply.Number("cursor_end", -1)));
    }

    [Fact]
    public async Task Handle_CompleteRequestWithoutCursor_CompletesAtTheEnd()
    {
        router.Handle(SocketKind.Shell, SentMessages.Request("complete_request", new JsonObject { ["code"] = "Console.WriteL" }));

        var reply = await sent.WhenSent("Shell complete_reply");
        Assert.Equal((8, 14), (reply.Number("cursor_start", -1), reply.Number("cursor_end", -1)));
    }

    [Theory]
    [InlineData("inspect_request", "inspect_reply", "found")]
    [InlineData("comm_info_request", "comm_info_reply", "comms")]
    [InlineData("history_request", "history_reply", "history")]
    public void Handle_RequestsWithEmptyAnswers_ReplyOkBetweenBusyAndIdle(string type, string replyType, string field)
    {
        router.Handle(SocketKind.Shell, SentMessages.Request(type));

        Assert.Equal(["IOPub status:busy", $"Shell {replyType}", "IOPub status:idle"], sent.Summary);
        Assert.Equal("ok", sent.All[1].Message.Text("status"));
        Assert.True(sent.All[1].Message.Content.ContainsKey(field), field);
    }

    [Fact]
    public void Handle_InterruptRequestOnControl_RepliesOkOnControl()
    {
        router.Handle(SocketKind.Control, SentMessages.Request("interrupt_request"));

        Assert.Equal(["Control interrupt_reply"], sent.Summary);
        Assert.Equal("ok", sent.All[0].Message.Text("status"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Handle_ShutdownRequest_RepliesThenShutsDownAsAsked(bool restart)
    {
        router.Handle(SocketKind.Control, SentMessages.Request("shutdown_request", new JsonObject { ["restart"] = restart }));

        Assert.Equal(["Control shutdown_reply"], sent.Summary);
        Assert.Equal(restart, sent.All[0].Message.Flag("restart", !restart));
        Assert.Equal([restart], shutdowns);
    }

    [Fact]
    public void Handle_ShutdownRequestWithoutRestart_IsNoRestart()
    {
        router.Handle(SocketKind.Control, SentMessages.Request("shutdown_request"));

        Assert.Equal([false], shutdowns);
    }

    [Theory]
    [InlineData("Shell", "no_such_request")]
    [InlineData("Control", "execute_request")]
    [InlineData("Stdin", "input_reply")]
    public void Handle_RequestNotHandledOnItsSocket_SendsNothingAndLogsSocketAndType(string socket, string type)
    {
        var kind = Enum.Parse<SocketKind>(socket);
        router.Handle(kind, SentMessages.Request(type, new JsonObject { ["code"] = "1" }));

        Assert.Empty(sent.All);
        Assert.Equal([$"{kind}: {type} is not handled"], log);
    }

    public async ValueTask DisposeAsync() => await kernel.DisposeAsync();
}
