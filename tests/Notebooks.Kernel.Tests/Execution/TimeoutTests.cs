using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Execution;

public sealed class TimeoutTests
{
    private static readonly KernelOptions Quick = new() { CancellationGrace = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task CpuLoop_PastItsTimeout_IsAbandonedAndTheNextCellRunsFromTheLastCompletedState()
    {
        await using var kernel = new CSharpKernel(Quick);
        await CellRun.Of(kernel, "var before = 1;");

        var run = await CellRun.Of(kernel, "var during = 2; while (true) { }", TimeSpan.FromMilliseconds(300));
        var next = await CellRun.Of(kernel, "before + 1");
        var lost = await CellRun.Of(kernel, "during");

        Assert.Equal(CellStatus.TimedOut, run.Status);
        Assert.Equal("TimeoutError", run.Error!.Name);
        Assert.Contains("did not stop within 1 s and was abandoned: its code is still running on its thread", run.Error.Value, StringComparison.Ordinal);
        Assert.Equal("2", next.Value);
        Assert.Contains("CS0103", lost.Error!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InterruptedAwait_ThatIgnoresTheToken_IsAbandonedAndTheKernelGoesOn()
    {
        await using var kernel = new CSharpKernel(Quick);
        await CellRun.Of(kernel, "var before = 1;");
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var run = await CellRun.Of(kernel, "await Task.Delay(System.Threading.Timeout.Infinite);", cancellationToken: interrupt.Token);
        var next = await CellRun.Of(kernel, "before");

        Assert.Equal(CellStatus.Cancelled, run.Status);
        Assert.Equal("InterruptedError", run.Error!.Name);
        Assert.Contains("still waiting at an await that does not observe the cell's token", run.Error.Value, StringComparison.Ordinal);
        Assert.Equal("1", next.Value);
    }

    [Fact]
    public async Task AbandonedCell_EndingLater_LeavesTheStateAndSaysSo()
    {
        await using var kernel = new CSharpKernel(Quick);
        await CellRun.Of(kernel, "var release = new TaskCompletionSource(); var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);");
        await CellRun.Of(kernel, "try { await release.Task; } finally { ended.SetResult(); } var late = 1;", TimeSpan.FromMilliseconds(200));

        var stderr = await StderrUntilNoteAsync(kernel, "release.SetResult(); await ended.Task;");
        var lost = await CellRun.Of(kernel, "late");

        Assert.Contains("cell 2, abandoned, ended", stderr, StringComparison.Ordinal);
        Assert.Contains("CS0103", lost.Error!.Value, StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="code"/>, then empty cells until the abandoned cell's closing note arrived (it ends just after its gate opens).</summary>
    private static async Task<string> StderrUntilNoteAsync(CSharpKernel kernel, string code)
    {
        var stderr = (await CellRun.Of(kernel, code)).Stderr;
        for (var attempt = 0; stderr.Length == 0 && attempt < 100; attempt++)
        {
            stderr += (await CellRun.Of(kernel, "await Task.Delay(50);")).Stderr;
        }

        return stderr;
    }

    [Fact]
    public async Task CooperativeCell_StopsOnTheCellToken_AndTheKernelGoesOn()
    {
        await using var kernel = new CSharpKernel();
        await CellRun.Of(kernel, "var started = true;");

        var run = await CellRun.Of(kernel, "await Task.Delay(System.Threading.Timeout.Infinite, CellCancellationToken);", TimeSpan.FromMilliseconds(300));
        var next = await CellRun.Of(kernel, "started");

        Assert.Equal(CellStatus.TimedOut, run.Status);
        Assert.Contains("timeout of 0.3 s", run.Error!.Value, StringComparison.Ordinal);
        Assert.Equal("True", next.Value);
    }

    [Fact]
    public async Task CallerCancellation_IsReportedAsInterrupted()
    {
        await using var kernel = new CSharpKernel(Quick);
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var run = await CellRun.Of(kernel, "await Task.Delay(System.Threading.Timeout.Infinite, CellCancellationToken);", cancellationToken: interrupt.Token);

        Assert.Equal(CellStatus.Cancelled, run.Status);
        Assert.Equal("InterruptedError", run.Error!.Name);
    }

    [Fact]
    public async Task DisposeAsync_WhileACellRuns_InterruptsItAndWaitsForItsEnd()
    {
        var kernel = new CSharpKernel(Quick);
        var started = new TaskCompletionSource();
        var events = new List<KernelEvent>();
        var cell = Task.Run(async () =>
        {
            await foreach (var e in kernel.ExecuteAsync(new CellRequest("Console.WriteLine(\"started\"); await Task.Delay(System.Threading.Timeout.Infinite, CellCancellationToken);")))
            {
                events.Add(e);
                started.TrySetResult();
            }
        });
        await started.Task;

        await kernel.DisposeAsync();
        await cell.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(CellStatus.Cancelled, events.OfType<CellCompletedEvent>().Single().Status);
        Assert.Equal("InterruptedError", events.OfType<ErrorEvent>().Single().Error.Name);
    }

    [Fact]
    public async Task CellToken_OutsideTimeouts_IsNotCancelled()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "CellCancellationToken.CanBeCanceled && !CellCancellationToken.IsCancellationRequested");

        Assert.Equal("True", run.Value);
    }
}
