using System.Collections.Concurrent;
using Notebooks.Cli.Reporting;
using Notebooks.Cli.Workers;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Running;

/// <summary>One <c>run</c>: finds the notebooks, runs each in its own worker process (several at once with <c>-j</c>), reports, picks the exit code.</summary>
/// <param name="output">Where the report goes.</param>
/// <param name="errors">Where errors go.</param>
/// <param name="runReporter">The reporter; by default the console's.</param>
/// <param name="earlyWorkers">Standby workers started before the command line was parsed; the session owns them.</param>
internal sealed class RunSession(TextWriter output, TextWriter errors, IRunReporter? runReporter = null, WorkerPool? earlyWorkers = null)
{
    private readonly IRunReporter reporter = runReporter ?? ReporterFactory.Create(output, ConsoleEnvironment.Current);
    private readonly ConcurrentQueue<string> reportingFaults = new();

    public async Task<int> RunAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        using var workers = earlyWorkers?.Engine == settings.Engine.Name ? earlyWorkers : new WorkerPool(settings.Engine.Name);
        if (workers != earlyWorkers)
        {
            earlyWorkers?.Dispose();
        }

        // The kernel runs each notebook in its own folder, so every path is made absolute before the first cell.
        settings = settings with
        {
            OutputDirectory = Path.GetFullPath(settings.OutputDirectory),
            JUnitPath = settings.JUnitPath is null ? null : Path.GetFullPath(settings.JUnitPath),
            HtmlDirectory = settings.HtmlDirectory is null ? null : Path.GetFullPath(settings.HtmlDirectory),
        };
        var (notebooks, problems) = NotebookDiscovery.Find(settings.Paths, settings.InPlace ? null : settings.OutputDirectory);
        problems.AddRange(RunTargets.Check(notebooks, settings));
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await errors.WriteLineAsync($"error: {problem}");
            }

            return ExitCodes.UsageOrInput;
        }

        var prepared = new List<(string Path, Notebook Notebook)>();
        var unreadable = new List<NotebookFormatException>();
        foreach (var path in notebooks)
        {
            if (Prepare(path, settings, unreadable) is { } notebook)
            {
                prepared.Add((path, notebook));
            }
        }

        reporter.RunStarted([.. prepared.Select(p => p.Path)]);
        if (!settings.InPlace)
        {
            TryCreateDirectory(settings.OutputDirectory);
        }

        var supervisor = new NotebookSupervisor(reporter, settings.NotebookTimeout, workers, settings.Supervision);
        var slots = new NotebookResult?[prepared.Count];
        var waiting = prepared.Count;
        using var gate = new SemaphoreSlim(settings.Parallel);
        await Task.WhenAll(prepared.Select(async (item, i) =>
        {
            try
            {
                await gate.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                var running = RunOneAsync(supervisor, item.Path, item.Notebook, settings, cancellationToken);

                // The worker is taken; the next notebook's starts while this one runs.
                if (Interlocked.Decrement(ref waiting) > 0 && !cancellationToken.IsCancellationRequested)
                {
                    workers.Prime();
                }

                slots[i] = await running;
            }
            finally
            {
                gate.Release();
            }
        }));

        var results = slots.OfType<NotebookResult>().ToList();
        reporter.RunFinished(results, unreadable.Count);
        if (cancellationToken.IsCancellationRequested)
        {
            var notStarted = slots.Count(s => s is null);
            await errors.WriteLineAsync($"interrupted: workers stopped{(notStarted > 0 ? $", {notStarted} notebook(s) not started" : "")}; the executed notebooks and reports hold what ran");
        }

        // Each report is written as far as it can be; one that cannot be is an infrastructure fault, and the others still follow.
        var faults = results.Select(r => r.WriteProblem).OfType<string>().Concat(reportingFaults).ToList();
        var sources = prepared.ToDictionary(p => p.Path, p => p.Notebook);
        faults.AddRange(await RunReports.WriteAsync(settings, results, unreadable, sources, notebooks));

        foreach (var fault in faults)
        {
            await errors.WriteLineAsync($"error: {fault}");
        }

        return cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted
            : faults.Count > 0 || results.Any(r => r.Cells.Any(c => c.IsInfrastructure)) ? ExitCodes.Infrastructure
            : unreadable.Count > 0 ? ExitCodes.UsageOrInput
            : results.All(r => r.Passed) ? ExitCodes.Success
            : ExitCodes.CellFailed;
    }

    /// <summary>Runs one notebook and reports it; a fault in supervising it makes an infrastructure result for it alone.</summary>
    private async Task<NotebookResult> RunOneAsync(NotebookSupervisor supervisor, string path, Notebook notebook, RunSettings settings, CancellationToken cancellationToken)
    {
        var clock = settings.Supervision.Clock;
        var started = clock.GetTimestamp();
        var target = Path.GetFullPath(RunTargets.Of(path, settings));
        var job = new WorkerJob(path, target, settings.CellTimeout, settings.ContinueOnError, settings.Parameters) { Engine = settings.Engine.Name, CancellationGrace = settings.Supervision.CancellationGrace };
        NotebookResult result;
        try
        {
            result = await supervisor.RunAsync(job, notebook, cancellationToken) with { Engine = settings.Engine.Title };
        }
        catch (Exception e)
        {
            result = UnfinishedRun.SupervisorFailed(job, notebook, e, clock.GetElapsedTime(started)) with { Engine = settings.Engine.Title };
        }

        try
        {
            reporter.NotebookFinished(result, result.WriteProblem is null ? RunReports.Shown(target) : "(not written)");
        }
        catch (Exception e)
        {
            reportingFaults.Enqueue($"cannot report {path} on the console: {e.GetType().Name}: {e.Message}");
        }

        return result;
    }

    /// <summary>Creates the output folder up front; when it cannot be, each notebook's write says so.</summary>
    private static void TryCreateDirectory(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (WriteFailure.Is(e))
        {
        }
    }

    /// <summary>Reads a notebook and injects its parameters, as its worker will; a problem is reported and the notebook left out.</summary>
    private Notebook? Prepare(string path, RunSettings settings, List<NotebookFormatException> unreadable)
    {
        try
        {
            return PreparedNotebook.Read(path, settings.Parameters);
        }
        catch (NotebookFormatException e)
        {
            unreadable.Add(e);
            reporter.Unreadable(e);
            return null;
        }
    }
}
