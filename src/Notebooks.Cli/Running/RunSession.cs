using System.Collections.Concurrent;
using Notebooks.Cli.Reporting;
using Notebooks.Cli.Site;
using Notebooks.Cli.Workers;
using Notebooks.Kernel.Formats;
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
        problems.AddRange(CheckTargets(notebooks, settings));
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

        var supervisor = new NotebookSupervisor(reporter, settings.NotebookTimeout, workers);
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
        if (settings.JUnitPath is { } junit)
        {
            faults.AddRange(await TryAsync("the JUnit report", junit, () => WriteJUnit(junit, results, unreadable)));
        }

        if (settings.HtmlDirectory is { } html)
        {
            // Written even after an interrupt, like the JUnit report: the site shows what ran, from the executed copies on disk.
            var sources = prepared.ToDictionary(p => p.Path, p => p.Notebook);
            var executed = results.Select(r => Page(r, sources[r.Path], Path.GetFullPath(Target(r.Path, settings))));
            var pages = executed.Concat(unreadable.Select(SitePage.NotRun)).OrderBy(p => notebooks.IndexOf(p.SourcePath)).ToList();
            faults.AddRange(await TryAsync("the site", html, () => StaticSite.WriteAsync(html, pages, CancellationToken.None)));
        }

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
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var target = Path.GetFullPath(Target(path, settings));
        var job = new WorkerJob(path, target, settings.CellTimeout, settings.ContinueOnError, settings.Parameters) { Engine = settings.Engine.Name };
        NotebookResult result;
        try
        {
            result = await supervisor.RunAsync(job, notebook, cancellationToken) with { Engine = settings.Engine.Title };
        }
        catch (Exception e)
        {
            result = UnfinishedRun.SupervisorFailed(job, notebook, e, System.Diagnostics.Stopwatch.GetElapsedTime(started)) with { Engine = settings.Engine.Title };
        }

        try
        {
            reporter.NotebookFinished(result, result.WriteProblem is null ? Shown(target) : "(not written)");
        }
        catch (Exception e)
        {
            reportingFaults.Enqueue($"cannot report {path} on the console: {e.GetType().Name}: {e.Message}");
        }

        return result;
    }

    /// <summary>The site's page for a notebook that ran: its executed copy, or its source with the reason when there is no readable copy.</summary>
    private static SitePage Page(NotebookResult result, Notebook source, string executed)
    {
        if (result.WriteProblem is { } problem)
        {
            return new SitePage(result.Path, source, result, problem);
        }

        try
        {
            return SitePage.Executed(result.Path, NotebookFile.Read(executed), result);
        }
        catch (NotebookFormatException e)
        {
            return new SitePage(result.Path, source, result, $"the executed notebook cannot be read: {e.Message}");
        }
    }

    /// <summary>Runs <paramref name="write"/>; a failure to write <paramref name="what"/> becomes its message, so the other reports still follow.</summary>
    private static async Task<IEnumerable<string>> TryAsync(string what, string path, Func<Task> write)
    {
        try
        {
            await write();
            return [];
        }
        catch (Exception e)
        {
            return [WriteFailure.Is(e) ? WriteFailure.Describe(what, Shown(path), e) : $"cannot write {what} {Shown(path)}: {e.GetType().Name}: {e.Message}"];
        }
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

    /// <summary>A path as the user would write it: relative when it is under the current folder, else absolute.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static Task WriteJUnit(string path, List<NotebookResult> results, List<NotebookFormatException> unreadable)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        JUnitReport.Create(results, unreadable).Save(path);
        return Task.CompletedTask;
    }

    private static string Target(string path, RunSettings settings) =>
        settings.InPlace ? path : Path.Combine(settings.OutputDirectory, Path.GetFileNameWithoutExtension(path) + ".ipynb");

    private static IEnumerable<string> CheckTargets(List<string> notebooks, RunSettings settings)
    {
        if (settings.InPlace)
        {
            return notebooks
                .Where(n => n.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
                .Select(n => $"{n}: --in-place cannot store outputs in a .dib file; use --output instead");
        }

        return notebooks
            .GroupBy(n => Path.GetFileNameWithoutExtension(n), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(" and ", g)} would both be written to {Path.Combine(settings.OutputDirectory, g.Key + ".ipynb")}; run them separately or rename one");
    }
}
