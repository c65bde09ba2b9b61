using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Site;

/// <summary>One notebook of the site: the executed notebook and its result, or why it was not run.</summary>
/// <param name="SourcePath">The notebook file that was run.</param>
/// <param name="Notebook">The executed notebook, with its outputs; null when it could not be read.</param>
/// <param name="Result">The run's result; null when it could not be read.</param>
/// <param name="Problem">Why the notebook was not run; for one that ran, why its page shows the source without outputs.</param>
internal sealed record SitePage(string SourcePath, Notebook? Notebook, NotebookResult? Result, string? Problem = null)
{
    /// <summary>A notebook that ran.</summary>
    public static SitePage Executed(string path, Notebook notebook, NotebookResult result) => new(path, notebook, result);

    /// <summary>A notebook listed in the index as not run, with the reason.</summary>
    public static SitePage NotRun(NotebookFormatException error) => new(error.Path, null, null, error.Reason);

    /// <summary>True when the notebook ran (it has a page of its own).</summary>
    public bool Ran => Notebook is not null && Result is not null;
}
