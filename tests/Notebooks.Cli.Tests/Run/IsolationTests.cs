using System.Diagnostics;
using Notebooks.Cli.Tests.Support;
using Notebooks.Cli.Workers;

namespace Notebooks.Cli.Tests.Run;

/// <summary>Each notebook in its own worker: crashes, hangs and timeouts fail their notebook, name the cell, and spare the others.</summary>
public sealed class IsolationTests
{
    [Theory]
    [InlineData("crash-async-void.ipynb", "cell 3 [boom] failed", "async void blew up")]
    [InlineData("crash-fail-fast.ipynb", "cell 3 [fail-fast] failed", "failing fast on purpose")]
    [InlineData("crash-stack-overflow.ipynb", "cell 2 [recurse] failed", "Stack overflow")]
    public async Task Run_WorkerCrashes_FailsThatNotebookNamingTheCell_AndTheOthersStillRun(string fixture, string cell, string cause)
    {
        var cli = CliHarness.WithFixtures(fixture, "passing.ipynb");

        var result = await cli.Run(fixture, "passing.ipynb", "-j", "1");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"FAIL  {cli.PathOf(fixture)}", result.Output, StringComparison.Ordinal);
        Assert.Contains(cell, result.Output, StringComparison.Ordinal);
        Assert.Contains(cause, result.Output, StringComparison.Ordinal);
        Assert.Contains($"PASS  {cli.PathOf("passing.ipynb")}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WorkerCrashes_ExecutedNotebookShowsTheErrorInTheCell_AndKeepsEarlierOutputs()
    {
        var cli = CliHarness.WithFixtures("crash-async-void.ipynb");

        await cli.Run("crash-async-void.ipynb");

        var executed = Kernel.Formats.NotebookFile.Read(Path.Combine(cli.Output, "crash-async-void.ipynb"));
        Assert.Equal(1, executed.Cells[1].ExecutionCount);
        var error = Assert.Single(executed.Cells[2].Outputs);
        Assert.Equal("InvalidOperationException", error["ename"]!.GetValue<string>());
        Assert.Contains("crashed while cell 3 [boom] ran", error["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(executed.Cells[3].Outputs);
    }

    [Theory]
    [InlineData("notebooks")]
    [InlineData("dotnet-interactive")]
    public async Task Run_AsyncVoidThrowingAfterItsCellEnded_BlamesTheCellWhoseCodeThrew(string engine)
    {
        var cli = CliHarness.WithFixtures("crash-after-its-cell.ipynb");

        var result = await cli.Run("crash-after-its-cell.ipynb", "--engine", engine);

        Assert.True(result.ExitCode == 2, result.ToString());
        var executed = Kernel.Formats.NotebookFile.Read(Path.Combine(cli.Output, "crash-after-its-cell.ipynb"));
        var error = Assert.Single(executed.Cells[2].Outputs);
        Assert.Equal("InvalidOperationException", error["ename"]!.GetValue<string>());
        Assert.Contains("crashed while cell 4 [wait] ran", error["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("cell 3 [boom] failed", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notebooks")]
    [InlineData("dotnet-interactive")]
    public async Task Run_CellLeavesAForegroundThreadRunning_TheNotebookPassesAndItsWorkerExits(string engine)
    {
        var cli = CliHarness.WithFixtures("foreground-thread.ipynb");

        var result = await cli.Run("foreground-thread.ipynb", "--engine", engine).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Run_LoopIgnoringCancellation_IsAbandonedAfterTheGivenGrace_AndLaterCellsDoNotRun()
    {
        var cli = CliHarness.WithFixtures("cpu-loop.ipynb", "passing.ipynb");

        var result = await cli.Run(CliHarness.ShortGrace, "cpu-loop.ipynb", "passing.ipynb");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("cell 2 [spin] timed out", result.Output, StringComparison.Ordinal);
        Assert.Contains("it did not stop within 1 s and was abandoned", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 later cell(s) not run (not run because cell 2 [spin] failed)", result.Output, StringComparison.Ordinal);
        Assert.Contains($"PASS  {cli.PathOf("passing.ipynb")}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WorkerStopsAnswering_IsKilledOnceTheCellTimeoutGraceAndSlackHavePassed()
    {
        var cli = CliHarness.WithFixtures("frozen.ipynb");
        var supervision = new SupervisionTimings { CancellationGrace = TimeSpan.FromSeconds(1), KillSlack = TimeSpan.FromSeconds(1) };
        var started = Stopwatch.GetTimestamp();

        var result = await cli.Run(supervision, "frozen.ipynb");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("cell 3 [freeze] did not stop after its timeout of 1 s was reached; its worker process was killed", result.Output, StringComparison.Ordinal);
        Assert.True(Stopwatch.GetElapsedTime(started) >= TimeSpan.FromSeconds(3), $"killed after {Stopwatch.GetElapsedTime(started)}, before the cell's 1 s, grace and slack had passed");
    }

    [Fact]
    public async Task Run_NotebookTimeout_StopsTheNotebookDuringTheRunningCell()
    {
        var cli = CliHarness.WithFixtures("waits-forever.ipynb");

        var result = await cli.Run("waits-forever.ipynb", "--notebook-timeout", "10");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("cell 3 [wait] timed out", result.Output, StringComparison.Ordinal);
        Assert.Contains("the notebook ran past its timeout of 10 s during cell 3 [wait]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ParallelTwo_RunsTwoNotebooksAtOnce()
    {
        var cli = CliHarness.WithFixtures("rendezvous-left.ipynb", "rendezvous-right.ipynb");

        var result = await cli.Run("rendezvous-left.ipynb", "rendezvous-right.ipynb", "-j", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Run_ParallelOne_RunsOneNotebookAtATime()
    {
        var cli = CliHarness.WithFixtures("rendezvous-left.ipynb", "rendezvous-right.ipynb");

        var result = await cli.Run("rendezvous-left.ipynb", "rendezvous-right.ipynb", "-j", "1", "--timeout", "3");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("cell 2 [meet] timed out", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    public async Task Run_ParallelBelowOne_IsAUsageError(string value)
    {
        var result = await CliHarness.Invoke(["run", "--parallel", value]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--parallel must be at least 1", result.Error, StringComparison.Ordinal);
    }
}
