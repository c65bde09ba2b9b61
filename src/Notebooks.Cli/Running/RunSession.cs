using Notebooks.Cli.Reporting;
using Notebooks.Cli.Site;
using Notebooks.Cli.Workers;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Running;

/// <summary>One <c>run</c>: finds the notebooks, runs each in its own worker process (several at once with <c>-j</c>), reports, picks the exit code.</summary>
internal sealed class RunSession(TextWriter output, TextWriter errors)
{
    private readonly IRunReporter reporter = ReporterFactory.Create(output, ConsoleEnvironment.Current);

    public async Task<int> RunAsync(RunSettings settings, CancellationToken cancellationToken)
    {
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
            Directory.CreateDirectory(settings.OutputDirectory);
        }

        var supervisor = new NotebookSupervisor(reporter, settings.NotebookTimeout);
        var slots = new NotebookResult?[prepared.Count];
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
                var target = Path.GetFullPath(Target(item.Path, settings));
                var job = new WorkerJob(item.Path, target, settings.CellTimeout, settings.ContinueOnError, settings.Parameters) { Engine = settings.Engine.Name };
                slots[i] = await supervisor.RunAsync(job, item.Notebook, cancellationToken) with { Engine = settings.Engine.Title };
                reporter.NotebookFinished(slots[i]!, Shown(target));
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
        if (settings.JUnitPath is { } junit)
        {
            WriteJUnit(junit, results, unreadable);
        }

        if (settings.HtmlDirectory is { } html)
        {
            // Written even after an interrupt, like the JUnit report: the site shows what ran, from the executed copies on disk.
            var executed = results.Select(r => SitePage.Executed(r.Path, NotebookFile.Read(Path.GetFullPath(Target(r.Path, settings))), r));
            var pages = executed.Concat(unreadable.Select(SitePage.NotRun)).OrderBy(p => notebooks.IndexOf(p.SourcePath)).ToList();
            await StaticSite.WriteAsync(html, pages, CancellationToken.None);
        }

        return cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted
            : results.Any(r => r.Cells.Any(c => c.IsInfrastructure)) ? ExitCodes.Infrastructure
            : unreadable.Count > 0 ? ExitCodes.UsageOrInput
            : results.All(r => r.Passed) ? ExitCodes.Success
            : ExitCodes.CellFailed;
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

    private static void WriteJUnit(string path, List<NotebookResult> results, List<NotebookFormatException> unreadable)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        JUnitReport.Create(results, unreadable).Save(path);
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
