using Notebooks.DotNetInteractive.Tests.Support;
using Notebooks.Kernel.Execution;

namespace Notebooks.DotNetInteractive.Tests;

/// <summary>Timeouts and interrupts through .NET Interactive's Cancel command; late failures blamed on their cell.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task ExecuteAsync_PastItsTimeout_CancelsTheContextTokenAndTheNextCellRuns()
    {
        await using var engine = Cells.Start();

        var slow = await Cells.Run(engine, "await Task.Delay(-1, Microsoft.DotNet.Interactive.KernelInvocationContext.Current.CancellationToken);", TimeSpan.FromMilliseconds(500));
        var next = await Cells.Run(engine, "1 + 1", number: 2);

        Assert.Equal(CellStatus.TimedOut, slow.Status);
        Assert.Equal("TimeoutError", slow.Error!.Name);
        Assert.Equal(CellStatus.Succeeded, next.Status);
    }

    [Fact]
    public async Task ExecuteAsync_CellIgnoringTheToken_TimesOutAndTheKernelGoesOnAsInTheTool()
    {
        await using var engine = Cells.Start(grace: TimeSpan.FromSeconds(2));

        var stuck = await Cells.Run(engine, "await Task.Delay(-1);", TimeSpan.FromMilliseconds(500));
        var next = await Cells.Run(engine, "1 + 1", number: 2);

        Assert.Equal(CellStatus.TimedOut, stuck.Status);
        Assert.Equal(CellStatus.Succeeded, next.Status);
    }

    [Fact]
    public async Task ExecuteAsync_CpuLoop_TimesOut()
    {
        await using var engine = Cells.Start(grace: TimeSpan.FromSeconds(2));

        // Spins past its timeout and grace, ignoring cancellation, then ends so it does not burn a core for the rest of the tests.
        var loop = await Cells.Run(engine, "var until = DateTime.UtcNow.AddSeconds(4); while (DateTime.UtcNow < until) { }", TimeSpan.FromMilliseconds(500));

        Assert.Equal(CellStatus.TimedOut, loop.Status);
        Assert.Equal("TimeoutError", loop.Error!.Name);
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancels_IsAnInterrupt()
    {
        await using var engine = Cells.Start();
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        var cell = await Cells.Run(engine, "await Task.Delay(-1, Microsoft.DotNet.Interactive.KernelInvocationContext.Current.CancellationToken);", cancellationToken: interrupt.Token);

        Assert.Equal(CellStatus.Cancelled, cell.Status);
        Assert.Equal("InterruptedError", cell.Error!.Name);
    }

    [Fact]
    public async Task TakeLateFailures_UnobservedTaskException_IsBlamedOnTheCellThatStartedIt()
    {
        await using var engine = Cells.Start();
        await Cells.Run(engine, "Task.Run(() => throw new InvalidOperationException(\"late\"));", number: 3);

        await Task.Delay(200);
        var failures = engine.TakeLateFailures(collect: true);

        var failure = Assert.Single(failures);
        Assert.Equal(3, failure.Cell);
        Assert.Equal("InvalidOperationException", failure.Error.Name);
    }
}
