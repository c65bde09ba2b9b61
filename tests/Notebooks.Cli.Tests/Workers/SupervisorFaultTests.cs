using Notebooks.Cli.Reporting;
using Notebooks.Cli.Running;
using Notebooks.Cli.Tests.Support;
using Notebooks.Cli.Workers;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Tests.Workers;

/// <summary>A fault in following one notebook is that notebook's infrastructure failure: never lost, never the whole run's.</summary>
public sealed class SupervisorFaultTests
{
    [Fact]
    public async Task RunAsync_ReporterThrowsWhileReadingTheWorker_IsAnInfrastructureFailureNamingTheFault()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        var (job, prepared) = Job(cli, "passing.ipynb");

        var result = await new NotebookSupervisor(new FailingReporter(onCellStarted: true), null).RunAsync(job, prepared, CancellationToken.None);

        var failed = Assert.Single(result.Cells, c => c.Kind == CellResultKind.Failed);
        Assert.True(failed.IsInfrastructure, failed.Error?.Value);
        Assert.Contains("the reporter failed on purpose", failed.Error!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunSession_OneNotebookFaults_TheOthersRun_ExitsThree_AndTheReportsAreWritten()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb", "skip.ipynb");
        var junit = cli.PathOf("junit.xml");
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var settings = new RunSettings([cli.Folder], cli.Output, false, TimeSpan.FromSeconds(60), false) { JUnitPath = junit, Parallel = 1 };

        var code = await new RunSession(output, errors, new FailingReporter(onStartedOf: "passing.ipynb")).RunAsync(settings, CancellationToken.None);

        Assert.True(code == 3, $"{code}\n{output}\n{errors}");
        var junitText = await File.ReadAllTextAsync(junit);
        Assert.Contains("the reporter failed on purpose", junitText, StringComparison.Ordinal);
        Assert.Contains("skip.ipynb › cell 1", junitText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunSession_ReportingOneNotebookFails_ExitsThreeNamingIt_AndTheReportsAreWritten()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb", "skip.ipynb");
        var junit = cli.PathOf("junit.xml");
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var settings = new RunSettings([cli.Folder], cli.Output, false, TimeSpan.FromSeconds(60), false) { JUnitPath = junit, Parallel = 1 };

        var code = await new RunSession(output, errors, new FailingReporter(onFinishedOf: "skip.ipynb")).RunAsync(settings, CancellationToken.None);

        Assert.True(code == 3, $"{code}\n{output}\n{errors}");
        Assert.Contains($"error: cannot report {cli.PathOf("skip.ipynb")} on the console: InvalidOperationException: the reporter failed on purpose", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(4, System.Xml.Linq.XDocument.Load(junit).Descendants("testcase").Count());
    }

    [Fact]
    public void Complete_CellHungButItsEndArrivedMeanwhile_StillMakesTheResult()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        var (job, prepared) = Job(cli, "passing.ipynb");
        var progress = new WorkerProgress();
        progress.Apply(new CellStartingMessage(new CellStart(2, "state", TimeSpan.FromSeconds(1))), 0);
        progress.Apply(new CellFinishedMessage(new CellResult(2, "state", "var greeting = \"hello\";", CellResultKind.Passed, TimeSpan.FromSeconds(1))), 0);

        var result = new UnfinishedRun(job, prepared, progress, [], TimeSpan.FromSeconds(20)).Complete(WorkerEnd.CellHung, null, null);

        Assert.Equal([CellResultKind.TimedOut, CellResultKind.NotRun], result.Cells.Select(c => c.Kind));
        Assert.Equal("TimeoutError", result.Cells[0].Error!.Name);
    }

    private static (WorkerJob Job, Notebook Prepared) Job(CliHarness cli, string name)
    {
        var job = new WorkerJob(cli.PathOf(name), Path.Combine(cli.Output, name), TimeSpan.FromSeconds(60), false, new Dictionary<string, string>());
        return (job, PreparedNotebook.Read(job.NotebookPath, job.Parameters));
    }

    /// <summary>Reports nothing, and throws where asked.</summary>
    private sealed class FailingReporter(bool onCellStarted = false, string? onStartedOf = null, string? onFinishedOf = null) : IRunReporter
    {
        public void RunStarted(IReadOnlyList<string> notebooks)
        {
        }

        public void NotebookStarted(string path, int codeCells)
        {
            if (onStartedOf is not null && Path.GetFileName(path) == onStartedOf)
            {
                throw new InvalidOperationException("the reporter failed on purpose");
            }
        }

        public void CellStarted(string path, int number, string? id)
        {
            if (onCellStarted)
            {
                throw new InvalidOperationException("the reporter failed on purpose");
            }
        }

        public void CellFinished(string path, CellResult cell)
        {
        }

        public void NotebookFinished(NotebookResult result, string writtenTo)
        {
            if (onFinishedOf is not null && Path.GetFileName(result.Path) == onFinishedOf)
            {
                throw new InvalidOperationException("the reporter failed on purpose");
            }
        }

        public void Unreadable(NotebookFormatException error)
        {
        }

        public void RunFinished(IReadOnlyList<NotebookResult> results, int unreadable)
        {
        }
    }
}
