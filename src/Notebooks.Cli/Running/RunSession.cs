using Notebooks.Cli.Reporting;
using Notebooks.Cli.Site;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Running;

/// <summary>One <c>run</c>: finds the notebooks, runs each in a fresh kernel, writes executed copies, reports, picks the exit code.</summary>
internal sealed class RunSession(TextWriter output, TextWriter errors)
{
    private readonly IRunReporter reporter = new ConsoleReporter(output, Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");

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

        var runner = new NotebookRunner(new RunOptions { CellTimeout = settings.CellTimeout, ContinueOnError = settings.ContinueOnError });
        var results = new List<NotebookResult>();
        var unreadable = new List<NotebookFormatException>();
        var executed = new List<SitePage>();
        foreach (var path in notebooks)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            Notebook notebook;
            try
            {
                notebook = NotebookFile.Read(path);
            }
            catch (NotebookFormatException e)
            {
                unreadable.Add(e);
                reporter.Unreadable(e);
                continue;
            }

            if (Kernel.Running.Parameters.Inject(notebook, settings.Parameters) is { Count: > 0 } wrong)
            {
                unreadable.Add(new NotebookFormatException(path, null, string.Join("; ", wrong)));
                reporter.Unreadable(unreadable[^1]);
                continue;
            }

            var target = Path.GetFullPath(Target(path, settings));
            var result = await runner.RunAsync(notebook, path, nb => Save(nb, target), cancellationToken);
            await Save(notebook, target);
            results.Add(result);
            executed.Add(SitePage.Executed(path, notebook, result));
            reporter.NotebookFinished(result, Shown(target));
        }

        reporter.RunFinished(results, unreadable.Count);
        if (settings.JUnitPath is { } junit)
        {
            WriteJUnit(junit, results, unreadable);
        }

        if (settings.HtmlDirectory is { } html)
        {
            // Written even after an interrupt, like the JUnit report: the site shows what ran.
            var pages = executed.Concat(unreadable.Select(SitePage.NotRun)).OrderBy(p => notebooks.IndexOf(p.SourcePath)).ToList();
            await StaticSite.WriteAsync(html, pages, CancellationToken.None);
        }

        return cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted
            : results.Any(r => r.Cells.Any(c => c.IsInfrastructure)) ? ExitCodes.Infrastructure
            : unreadable.Count > 0 ? ExitCodes.UsageOrInput
            : results.All(r => r.Passed) ? ExitCodes.Success
            : ExitCodes.CellFailed;
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

    private static Task Save(Notebook notebook, string target)
    {
        NotebookFile.WriteAtomically(notebook, target);
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
