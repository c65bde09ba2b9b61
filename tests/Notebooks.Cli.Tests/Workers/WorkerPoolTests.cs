using Notebooks.Cli.Tests.Support;
using Notebooks.Cli.Workers;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Tests.Workers;

/// <summary>Standby workers: each runs the one job it is given, and none outlives its pool or its supervisor.</summary>
public sealed class WorkerPoolTests
{
    [Fact]
    public async Task Start_AfterPrime_GivesTheJobToTheStandbyWorker_WhichRunsIt()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        var job = new WorkerJob(cli.PathOf("passing.ipynb"), Path.Combine(cli.Output, "passing.ipynb"), TimeSpan.FromSeconds(60), false, new Dictionary<string, string>());
        using var pool = new WorkerPool(job.Engine);
        pool.Prime();
        var standby = pool.StandbyProcessId;
        Assert.NotNull(standby);

        using var worker = pool.Start(job);

        Assert.Equal(standby, worker.Id);
        Assert.Null(pool.StandbyProcessId);
        var messages = new List<WorkerMessage>();
        while (await worker.StandardOutput.ReadLineAsync() is { } line)
        {
            messages.AddRange(WorkerChannel.Parse(line) is { } message ? [message] : []);
        }

        await worker.WaitForExitAsync();
        Assert.Equal(0, worker.ExitCode);
        Assert.Contains(messages, m => m is NotebookFinishedMessage);
        Assert.All(messages.OfType<CellFinishedMessage>(), m => Assert.Equal(CellResultKind.Passed, m.Result.Kind));
        Assert.True(File.Exists(job.TargetPath));
    }

    [Fact]
    public void Start_JobOfAnotherEngine_StopsTheStandbyWorkerAndStartsOneForTheJob()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        var job = new WorkerJob(cli.PathOf("passing.ipynb"), Path.Combine(cli.Output, "passing.ipynb"), TimeSpan.FromSeconds(60), false, new Dictionary<string, string>()) { Engine = "dotnet-interactive" };
        using var pool = new WorkerPool("notebooks");
        pool.Prime();
        var standby = pool.StandbyProcessId!.Value;

        using var worker = pool.Start(job);

        Assert.NotEqual(standby, worker.Id);
        Assert.False(Directory.Exists($"/proc/{standby}"), $"standby worker {standby} is still running");
        worker.Kill(entireProcessTree: true);
    }

    [Fact]
    public void Dispose_WithAStandbyWorker_StopsIt_AndPrimeStartsNoOther()
    {
        var pool = new WorkerPool("notebooks");
        pool.Prime();
        var standby = pool.StandbyProcessId!.Value;

        pool.Dispose();
        pool.Prime();

        Assert.False(Directory.Exists($"/proc/{standby}"), $"standby worker {standby} is still running");
        Assert.Null(pool.StandbyProcessId);
    }

    [Fact]
    public async Task StandbyWorker_StdinClosesBeforeAJob_ExitsOnItsOwn()
    {
        using var worker = WorkerLauncher.StartStandby("notebooks");

        worker.StandardInput.Close();

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await worker.WaitForExitAsync(limit.Token);
        Assert.Equal(130, worker.ExitCode);
    }

    [Theory]
    [InlineData(new[] { "run", "a.ipynb" }, "notebooks")]
    [InlineData(new[] { "run", "a.ipynb", "--engine", "dotnet-interactive", "-j", "2" }, "dotnet-interactive")]
    [InlineData(new[] { "run", "--engine=dotnet-interactive", "a.ipynb" }, null)]
    [InlineData(new[] { "run", "--help" }, null)]
    [InlineData(new[] { "lint" }, null)]
    [InlineData(new[] { "worker", "a.ipynb" }, null)]
    public void Engine_RawArguments_NamesTheEngineOnlyForARun(string[] args, string? expected) =>
        Assert.Equal(expected, EarlyWorkers.Engine(args));
}
