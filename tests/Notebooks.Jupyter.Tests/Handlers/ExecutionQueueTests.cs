using System.Text.Json.Nodes;
using Notebooks.Jupyter.Handlers;
using Notebooks.Jupyter.Protocol;
using Notebooks.Jupyter.Tests.Support;
using Notebooks.Kernel.Execution;

namespace Notebooks.Jupyter.Tests.Handlers;

/// <summary>Executions run one at a time off the socket thread, with the messages and counts Jupyter front ends wait for.</summary>
public sealed class ExecutionQueueTests : IAsyncDisposable
{
    private readonly CSharpKernel kernel = new();
    private readonly SentMessages sent = new();
    private readonly List<string> log = [];
    private readonly CancellationTokenSource stop = new();
    private readonly ExecutionQueue queue;

    public ExecutionQueueTests() => queue = new ExecutionQueue(kernel, sent.Outbox, log.Add);

    [Fact]
    public async Task Enqueue_Expression_PublishesInputAndResult_RepliesOk_ThenIdle()
    {
        var request = Execute("6 * 7");
        Start();

        var reply = await Replied(request);

        var messages = Of(request);
        Assert.Equal(["IOPub status:busy", "IOPub execute_input", "IOPub execute_result", "Shell execute_reply", "IOPub status:idle"], messages.Select(m => m.Summary));
        Assert.Equal(("6 * 7", 1), (messages[1].Message.Text("code"), messages[1].Message.Number("execution_count", 0)));
        Assert.Equal("42", messages[2].Message.Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal(("ok", 1), (reply.Text("status"), reply.Number("execution_count", 0)));
        Assert.Equal([7], Assert.Single(reply.Identities));
    }

    [Fact]
    public async Task Enqueue_CellThatThrows_PublishesTheErrorAndRepliesWithIt()
    {
        var request = Execute("throw new InvalidOperationException(\"boom\");");
        Start();

        var reply = await Replied(request);

        Assert.Equal(("error", "InvalidOperationException", "boom"), (reply.Text("status"), reply.Text("ename"), reply.Text("evalue")));
        Assert.NotEmpty(reply.Content["traceback"]!.AsArray());
        Assert.Equal(1, reply.Number("execution_count", 0));
        Assert.Contains(Of(request), m => m.Summary == "IOPub error");
        await sent.WhenSent((_, m) => m.MessageType == "status" && m.Text("execution_state") == "idle" && Parent(m) == request.MessageId);
    }

    [Fact]
    public async Task Enqueue_AfterAFailure_RequestsQueuedBehindItAreAborted()
    {
        var failing = Execute("throw new InvalidOperationException(\"boom\");");
        var queued = Execute("Console.WriteLine(\"must not run\");");
        Start();

        var reply = await Replied(queued);

        Assert.Equal("aborted", reply.Text("status"));
        Assert.Equal(["IOPub status:busy", "Shell execute_reply", "IOPub status:idle"], Of(queued).Select(m => m.Summary));
        Assert.Equal("error", (await Replied(failing)).Text("status"));
    }

    [Fact]
    public async Task Enqueue_RequestSentOnSeeingTheErrorReply_RunsIt()
    {
        var failing = Execute("throw new InvalidOperationException(\"boom\");");
        JupyterMessage? next = null;
        // A front end that sends its next request the moment the error's reply arrives, before the queue moves on.
        sent.OnSent = (_, m) =>
        {
            if (m.MessageType == "execute_reply" && Parent(m) == failing.MessageId)
            {
                next = Execute("6 * 7");
            }
        };
        Start();

        await Replied(failing);
        var reply = await Replied(next!);

        Assert.Equal(("ok", 2), (reply.Text("status"), reply.Number("execution_count", 0)));
    }

    [Fact]
    public async Task Enqueue_AfterAFailureWithoutStopOnError_RunsTheNextRequest()
    {
        Execute("throw new InvalidOperationException(\"boom\");", new JsonObject { ["stop_on_error"] = false });
        var next = Execute("6 * 7");
        Start();

        var reply = await Replied(next);

        Assert.Equal(("ok", 2), (reply.Text("status"), reply.Number("execution_count", 0)));
    }

    [Fact]
    public async Task Enqueue_SilentOrWithoutHistory_PublishesNoOutputsOrDoesNotCount()
    {
        var silent = Execute("Console.WriteLine(\"quiet\"); 1", new JsonObject { ["silent"] = true });
        var unstored = Execute("2", new JsonObject { ["store_history"] = false });
        var counted = Execute("3");
        Start();

        var reply = await Replied(counted);

        Assert.Equal(["IOPub status:busy", "Shell execute_reply", "IOPub status:idle"], Of(silent).Select(m => m.Summary));
        Assert.Equal(0, (await Replied(silent)).Number("execution_count", -1));
        Assert.Equal(0, (await Replied(unstored)).Number("execution_count", -1));
        Assert.Contains(Of(unstored), m => m.Summary == "IOPub execute_result");
        Assert.Equal(1, reply.Number("execution_count", 0));
    }

    [Fact]
    public async Task Interrupt_WhileACellWaits_StopsItAndRepliesWithAnError()
    {
        var request = Execute("Console.WriteLine(\"waiting\"); await Task.Delay(System.Threading.Timeout.Infinite, CellCancellationToken);");
        Start();
        await sent.WhenSent((_, m) => m.MessageType == "stream" && Parent(m) == request.MessageId);

        queue.Interrupt();

        var reply = await Replied(request);
        Assert.Equal(("error", "InterruptedError"), (reply.Text("status"), reply.Text("ename")));
    }

    [Fact]
    public async Task Interrupt_AsSoonAsTheCellsInputIsPublished_StopsTheCell()
    {
        sent.OnSent = (_, m) =>
        {
            if (m.MessageType == "execute_input")
            {
                queue.Interrupt();
            }
        };
        var request = Execute("await Task.Delay(System.Threading.Timeout.Infinite, CellCancellationToken);");
        Start();

        var reply = await Replied(request);

        Assert.Equal(("error", "InterruptedError"), (reply.Text("status"), reply.Text("ename")));
    }

    [Fact]
    public void Interrupt_NoCellRunning_DoesNothing()
    {
        queue.Interrupt();

        Assert.Empty(sent.All);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await kernel.DisposeAsync();
        stop.Dispose();
    }

    private static string? Parent(JupyterMessage message) => message.ParentHeader["msg_id"]?.GetValue<string>();

    private JupyterMessage Execute(string code, JsonObject? options = null)
    {
        var content = new JsonObject { ["code"] = code };
        foreach (var (name, value) in options ?? [])
        {
            content[name] = value?.DeepClone();
        }

        var request = SentMessages.Request("execute_request", content);
        queue.Enqueue(request);
        return request;
    }

    private void Start() => _ = queue.RunAsync(stop.Token);

    private Task<JupyterMessage> Replied(JupyterMessage request) => sent.WhenSent((_, m) => m.MessageType == "execute_reply" && Parent(m) == request.MessageId);

    /// <summary>The messages sent for <paramref name="request"/> so far, described as in <see cref="SentMessages.Summary"/>.</summary>
    private List<(string Summary, JupyterMessage Message)> Of(JupyterMessage request) =>
        [.. sent.All.Where(m => Parent(m.Message) == request.MessageId).Select(m => (m.Message.MessageType == "status" ? $"{m.Kind} status:{m.Message.Text("execution_state")}" : $"{m.Kind} {m.Message.MessageType}", m.Message))];
}
