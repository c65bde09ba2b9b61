using Notebooks.Cli.Running;
using Notebooks.Cli.Tests.Support;
using Notebooks.Cli.Workers;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Tests.Workers;

/// <summary>A worker that did not finish: the cell it stopped in fails with why, the cells after it did not run, and the executed notebook shows it.</summary>
/// <remarks>passing.ipynb: cell 1 markdown, cell 2 [state], cell 3 [await].</remarks>
public sealed class UnfinishedRunTests
{
    private static readonly CellStart State = new(2, "state", TimeSpan.FromSeconds(1.5));
    private static readonly CellStart Await = new(3, "await", TimeSpan.FromSeconds(1.5));

    [Fact]
    public void Complete_CrashedBeforeItsFirstCell_IsAnInfrastructureFailureOfTheFirstCellQuotingStderr()
    {
        var (run, _) = Unfinished(stderr: ["", "  Unhandled exception. boom", "   at Main()"]);

        var result = run.Complete(WorkerEnd.Crashed, 134, null);

        Assert.Equal([CellResultKind.Failed, CellResultKind.NotRun], result.Cells.Select(c => c.Kind));
        var error = result.Cells[0].Error!;
        Assert.Equal(("WorkerError", "the worker process exited with code 134 before its first cell: Unhandled exception. boom"), (error.Name, error.Value));
        Assert.True(result.Cells[0].IsInfrastructure);
        Assert.Equal(["the worker process exited with code 134; its stderr:", "", "  Unhandled exception. boom", "   at Main()"], error.Traceback);
        Assert.Equal("not run because cell 2 [state] failed", result.Cells[1].Reason);
    }

    [Fact]
    public void Complete_CrashedWhileACellRan_FailsThatCellAsTheCodesFault_KeepingTheEarlierResult()
    {
        var (run, _) = Unfinished(Started(State), Finished(2), Started(Await));

        var result = run.Complete(WorkerEnd.Crashed, null, null);

        Assert.Equal([CellResultKind.Passed, CellResultKind.Failed], result.Cells.Select(c => c.Kind));
        Assert.Equal(("WorkerCrashed", "the worker process exited while cell 3 [await] ran"), (result.Cells[1].Error!.Name, result.Cells[1].Error!.Value));
        Assert.False(result.Cells[1].IsInfrastructure);
    }

    [Fact]
    public void Complete_ExitedAfterItsLastCellEnded_BlamesThatCell()
    {
        var (run, _) = Unfinished(Started(State), Finished(2), Started(Await), Finished(3));

        var result = run.Complete(WorkerEnd.Crashed, 0, null);

        Assert.Equal([CellResultKind.Passed, CellResultKind.Failed], result.Cells.Select(c => c.Kind));
        Assert.Equal("the worker process exited with code 0 after cell 3 [await] ended", result.Cells[1].Error!.Value);
    }

    [Fact]
    public void Complete_CrashReportNamingAnEarlierCell_FailsThatCellWithTheCrashAndTheRunningOneDidNotRun()
    {
        var crash = new CrashMessage(CellError.Thrown("InvalidOperationException", "from async void"), 2);
        var (run, _) = Unfinished(Started(State), Finished(2), Started(Await), crash);

        var result = run.Complete(WorkerEnd.Crashed, 134, null);

        Assert.Equal([CellResultKind.Failed, CellResultKind.NotRun], result.Cells.Select(c => c.Kind));
        var error = result.Cells[0].Error!;
        Assert.Equal(("InvalidOperationException", "the worker process crashed while cell 3 [await] ran: from async void"), (error.Name, error.Value));
        Assert.StartsWith("InvalidOperationException: the worker process crashed while cell 3 [await] ran (an exception nothing caught", error.Traceback[0], StringComparison.Ordinal);
        Assert.Equal("not run because cell 2 [state] failed", result.Cells[1].Reason);
    }

    [Fact]
    public void Complete_CellHung_TimesOutTheRunningCellNamingItsTimeout()
    {
        var (run, _) = Unfinished(Started(State));

        var result = run.Complete(WorkerEnd.CellHung, null, null);

        Assert.Equal([CellResultKind.TimedOut, CellResultKind.NotRun], result.Cells.Select(c => c.Kind));
        Assert.Equal(("TimeoutError", "cell 2 [state] did not stop after its timeout of 1.5 s was reached; its worker process was killed"), (result.Cells[0].Error!.Name, result.Cells[0].Error!.Value));
        Assert.False(result.Passed);
    }

    [Fact]
    public void Complete_NotebookTimedOut_TimesOutTheRunningCellNamingTheNotebooksTimeout()
    {
        var (run, _) = Unfinished(Started(State), Finished(2), Started(Await));

        var result = run.Complete(WorkerEnd.NotebookTimedOut, null, TimeSpan.FromSeconds(30));

        Assert.Equal([CellResultKind.Passed, CellResultKind.TimedOut], result.Cells.Select(c => c.Kind));
        Assert.Equal("the notebook ran past its timeout of 30 s during cell 3 [await]; its worker process was killed", result.Cells[1].Error!.Value);
    }

    [Fact]
    public void Complete_Interrupted_FailsTheRunningCellAndTheRestWereNotRunBecauseOfTheInterrupt()
    {
        var (run, _) = Unfinished(Started(State));

        var result = run.Complete(WorkerEnd.Interrupted, null, null);

        Assert.Equal(("InterruptedError", "the run was interrupted while cell 2 [state] ran"), (result.Cells[0].Error!.Name, result.Cells[0].Error!.Value));
        Assert.Equal("not run because the run was interrupted", result.Cells[1].Reason);
    }

    [Fact]
    public void SupervisorFailed_Fault_IsAnInfrastructureFailureNamingTheException()
    {
        var (job, prepared) = Job(CliHarness.WithFixtures("passing.ipynb"));

        var result = UnfinishedRun.SupervisorFailed(job, prepared, new InvalidOperationException("the pipe broke"), TimeSpan.FromSeconds(1));

        Assert.Equal("the supervisor failed while it ran this notebook: InvalidOperationException: the pipe broke", result.Cells[0].Error!.Value);
        Assert.True(result.Cells[0].IsInfrastructure);
        Assert.Equal(CellResultKind.NotRun, result.Cells[1].Kind);
    }

    [Fact]
    public void CouldNotStart_Why_IsAnInfrastructureFailureQuotingWhy()
    {
        var (job, prepared) = Job(CliHarness.WithFixtures("passing.ipynb"));

        var result = UnfinishedRun.CouldNotStart(job, prepared, "No such file or directory", TimeSpan.Zero);

        Assert.True(result.Cells[0].IsInfrastructure);
        Assert.EndsWith(": No such file or directory", result.Cells[0].Error!.Value, StringComparison.Ordinal);
        Assert.Equal(job.NotebookPath, result.Path);
    }

    [Fact]
    public void Complete_NotebookWithoutCodeCells_HasNoResults()
    {
        var (job, prepared) = Job(CliHarness.WithFixtures("no-code.ipynb"), "no-code.ipynb");

        var result = new UnfinishedRun(job, prepared, new WorkerProgress(), [], TimeSpan.Zero).Complete(WorkerEnd.Crashed, 1, null);

        Assert.Empty(result.Cells);
        Assert.True(File.Exists(job.TargetPath));
    }

    [Fact]
    public void Complete_BeforeTheWorkerWroteTheNotebook_WritesThePreparedOneWithTheErrorInTheBlamedCell()
    {
        var (run, job) = Unfinished(Started(State));

        run.Complete(WorkerEnd.Interrupted, null, null);

        var executed = NotebookFile.Read(job.TargetPath);
        var output = Assert.Single(executed.Cells[1].Outputs);
        Assert.Equal(("error", "InterruptedError"), (output["output_type"]!.GetValue<string>(), output["ename"]!.GetValue<string>()));
        Assert.Empty(executed.Cells[2].Outputs);
    }

    [Fact]
    public void Complete_AfterTheWorkerWroteTheNotebook_KeepsItsOutputsAndAddsTheError()
    {
        var (run, job) = Unfinished(Started(State), Finished(2), Started(Await));
        var written = NotebookFile.Read(job.NotebookPath);
        written.Cells[1].Outputs.Add(new System.Text.Json.Nodes.JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "from the worker\n" });
        Directory.CreateDirectory(Path.GetDirectoryName(job.TargetPath)!);
        NotebookFile.WriteAtomically(written, job.TargetPath);

        run.Complete(WorkerEnd.CellHung, null, null);

        var executed = NotebookFile.Read(job.TargetPath);
        Assert.Equal("from the worker\n", Assert.Single(executed.Cells[1].Outputs)["text"]!.GetValue<string>());
        Assert.Equal("TimeoutError", Assert.Single(executed.Cells[2].Outputs)["ename"]!.GetValue<string>());
    }

    [Fact]
    public void Complete_TargetCannotBeWritten_SaysSoNamingTheTarget()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        File.WriteAllText(cli.PathOf("in-the-way"), "a file where the folder should be");
        var (job, prepared) = Job(cli);
        job = job with { TargetPath = Path.Combine(cli.PathOf("in-the-way"), "passing.ipynb") };

        var result = new UnfinishedRun(job, prepared, new WorkerProgress(), [], TimeSpan.Zero).Complete(WorkerEnd.Crashed, 1, null);

        Assert.StartsWith($"cannot write the executed notebook {job.TargetPath}: ", result.WriteProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_WorkerReportedAWriteProblem_KeepsTheWorkersProblem()
    {
        var (run, _) = Unfinished(Started(State), new WriteFailedMessage("cannot write the executed notebook x.ipynb: disk full"));

        var result = run.Complete(WorkerEnd.Crashed, 1, null);

        Assert.Equal("cannot write the executed notebook x.ipynb: disk full", result.WriteProblem);
    }

    private static (UnfinishedRun Run, WorkerJob Job) Unfinished(params WorkerMessage[] messages) => Unfinished([], messages);

    private static (UnfinishedRun Run, WorkerJob Job) Unfinished(IReadOnlyList<string> stderr, params WorkerMessage[] messages)
    {
        var (job, prepared) = Job(CliHarness.WithFixtures("passing.ipynb"));
        var progress = new WorkerProgress();
        foreach (var message in messages)
        {
            progress.Apply(message, System.Diagnostics.Stopwatch.GetTimestamp());
        }

        return (new UnfinishedRun(job, prepared, progress, stderr, TimeSpan.FromSeconds(2)), job);
    }

    private static (WorkerJob Job, Notebook Prepared) Job(CliHarness cli, string name = "passing.ipynb")
    {
        var job = new WorkerJob(cli.PathOf(name), Path.Combine(cli.Output, name), TimeSpan.FromSeconds(60), false, new Dictionary<string, string>());
        return (job, PreparedNotebook.Read(job.NotebookPath, job.Parameters));
    }

    private static CellStartingMessage Started(CellStart cell) => new(cell);

    private static CellFinishedMessage Finished(int number) =>
        new(new CellResult(number, number == 2 ? "state" : "await", "x", CellResultKind.Passed, TimeSpan.FromMilliseconds(5)));
}
