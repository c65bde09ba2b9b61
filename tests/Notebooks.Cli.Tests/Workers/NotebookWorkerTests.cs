using Notebooks.Cli.Tests.Support;
using Notebooks.Cli.Workers;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Tests.Workers;

/// <summary>A worker process on its own: what it says, on which stream, and its exit code, when its job cannot run as given.</summary>
public sealed class NotebookWorkerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Worker_UnreadableNotebook_ExitsOneNamingTheFileAndPlaceOnStderr()
    {
        var cli = CliHarness.WithFixtures("malformed.ipynb");
        var job = Job(cli, "malformed.ipynb", Path.Combine(cli.Output, "malformed.ipynb"));

        var (code, messages, stderr) = await RunAsync(WorkerLauncher.Start(job));

        Assert.Equal(1, code);
        Assert.StartsWith($"{cli.PathOf("malformed.ipynb")}:3:", stderr, StringComparison.Ordinal);
        Assert.Empty(messages);
    }

    [Fact]
    public async Task Worker_TargetCannotBeWritten_SaysSoOnceAndRunsEveryCell()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        File.WriteAllText(cli.PathOf("in-the-way"), "a file where the folder should be");
        var target = Path.Combine(cli.PathOf("in-the-way"), "passing.ipynb");

        var (code, messages, _) = await RunAsync(WorkerLauncher.Start(Job(cli, "passing.ipynb", target)));

        Assert.Equal(0, code);
        var problem = Assert.Single(messages.OfType<WriteFailedMessage>()).Problem;
        Assert.StartsWith($"cannot write the executed notebook {target}: ", problem, StringComparison.Ordinal);
        Assert.Equal([CellResultKind.Passed, CellResultKind.Passed], messages.OfType<CellFinishedMessage>().Select(m => m.Result.Kind));
        Assert.IsType<NotebookFinishedMessage>(messages[^1]);
    }

    [Fact]
    public async Task StandbyWorker_GivenAJobOfAnotherEngine_RefusesItAndExitsOne()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        var worker = WorkerLauncher.StartStandby("notebooks");

        WorkerLauncher.Assign(worker, Job(cli, "passing.ipynb", Path.Combine(cli.Output, "passing.ipynb")) with { Engine = "dotnet-interactive" });

        var (code, messages, stderr) = await RunAsync(worker);
        Assert.Equal(1, code);
        Assert.Equal("error: the standby worker was not given a job it can run", stderr.Trim());
        Assert.Empty(messages);
        Assert.False(File.Exists(Path.Combine(cli.Output, "passing.ipynb")));
    }

    private static WorkerJob Job(CliHarness cli, string name, string target) =>
        new(cli.PathOf(name), target, TimeSpan.FromSeconds(60), false, new Dictionary<string, string>());

    /// <summary>Reads the worker's messages and stderr to their end, then waits for it to exit.</summary>
    private static async Task<(int Code, List<WorkerMessage> Messages, string Stderr)> RunAsync(System.Diagnostics.Process worker)
    {
        using (worker)
        {
            using var limit = new CancellationTokenSource(Patience);
            var stderr = worker.StandardError.ReadToEndAsync(limit.Token);
            var messages = new List<WorkerMessage>();
            while (await worker.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                messages.AddRange(WorkerChannel.Parse(line) is { } message ? [message] : []);
            }

            await worker.WaitForExitAsync(limit.Token);
            return (worker.ExitCode, messages, await stderr);
        }
    }
}
