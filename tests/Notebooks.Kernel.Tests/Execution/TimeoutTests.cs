using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Execution;

public sealed class TimeoutTests
{
    private static readonly KernelOptions Quick = new() { CancellationGrace = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task CpuLoop_PastItsTimeout_IsReportedAndBreaksTheKernel()
    {
        await using var kernel = new CSharpKernel(Quick);

        var run = await CellRun.Of(kernel, "while (true) { }", TimeSpan.FromMilliseconds(300));
        var next = await CellRun.Of(kernel, "1");

        Assert.Equal(CellStatus.TimedOut, run.Status);
        Assert.Equal("TimeoutError", run.Error!.Name);
        Assert.Contains("did not stop", run.Error.Value, StringComparison.Ordinal);
        Assert.Equal(CellStatus.Failed, next.Status);
        Assert.Equal("KernelError", next.Error!.Name);
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
    public async Task CellToken_OutsideTimeouts_IsNotCancelled()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "CellCancellationToken.CanBeCanceled && !CellCancellationToken.IsCancellationRequested");

        Assert.Equal("True", run.Value);
    }
}
