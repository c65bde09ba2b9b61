using Notebooks.Cli.Running;
using Notebooks.Cli.Site;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Reporting;

/// <summary>The reports a run writes once its notebooks ended: the JUnit file and the HTML site.</summary>
internal static class RunReports
{
    /// <summary>Writes the reports <paramref name="settings"/> asks for; each that cannot be written becomes a message, and the others still follow.</summary>
    /// <param name="settings">The run's settings, with absolute paths.</param>
    /// <param name="results">The notebooks that ran.</param>
    /// <param name="unreadable">The notebooks that could not be read.</param>
    /// <param name="sources">Each notebook that ran, as it was prepared.</param>
    /// <param name="order">Every notebook found, in the order of the site's index.</param>
    public static async Task<List<string>> WriteAsync(RunSettings settings, List<NotebookResult> results, List<NotebookFormatException> unreadable, Dictionary<string, Notebook> sources, List<string> order)
    {
        var faults = new List<string>();
        if (settings.JUnitPath is { } junit)
        {
            faults.AddRange(await TryAsync("the JUnit report", junit, () => WriteJUnit(junit, results, unreadable)));
        }

        if (settings.HtmlDirectory is { } html)
        {
            // Written even after an interrupt, like the JUnit report: the site shows what ran, from the executed copies on disk.
            var executed = results.Select(r => Page(r, sources[r.Path], Path.GetFullPath(RunTargets.Of(r.Path, settings))));
            var pages = executed.Concat(unreadable.Select(SitePage.NotRun)).OrderBy(p => order.IndexOf(p.SourcePath)).ToList();
            faults.AddRange(await TryAsync("the site", html, () => StaticSite.WriteAsync(html, pages, CancellationToken.None)));
        }

        return faults;
    }

    /// <summary>A path as the user would write it: relative when it is under the current folder, else absolute.</summary>
    public static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
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
            return [WriteFailure.Describe(what, Shown(path), e)];
        }
    }

    /// <summary>Writes the JUnit report, creating its folder.</summary>
    private static Task WriteJUnit(string path, List<NotebookResult> results, List<NotebookFormatException> unreadable)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        JUnitReport.Create(results, unreadable).Save(path);
        return Task.CompletedTask;
    }
}
