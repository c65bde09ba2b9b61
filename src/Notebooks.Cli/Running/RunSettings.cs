using Notebooks.Cli.Workers;
using Notebooks.Kernel.Engines;

namespace Notebooks.Cli.Running;

/// <summary>What <c>run</c> was asked to do.</summary>
/// <param name="Paths">Files or folders given on the command line.</param>
/// <param name="OutputDirectory">Where executed notebooks go (unless in place).</param>
/// <param name="InPlace">Write executed notebooks over their sources.</param>
/// <param name="CellTimeout">The default per-cell timeout.</param>
/// <param name="ContinueOnError">Run on after a failing cell.</param>
internal sealed record RunSettings(IReadOnlyList<string> Paths, string OutputDirectory, bool InPlace, TimeSpan CellTimeout, bool ContinueOnError)
{
    /// <summary>The engine every notebook runs on.</summary>
    public NotebookEngine Engine { get; init; } = Engines.Default;

    /// <summary>How many notebooks run at once, each in its own worker process.</summary>
    public int Parallel { get; init; } = Environment.ProcessorCount;

    /// <summary>How long one notebook may run before its worker is stopped, or null for no limit.</summary>
    public TimeSpan? NotebookTimeout { get; init; }

    /// <summary>Where to write a JUnit XML report, or null.</summary>
    public string? JUnitPath { get; init; }

    /// <summary>Where to write a static HTML site of the executed notebooks, or null.</summary>
    public string? HtmlDirectory { get; init; }

    /// <summary>Values for the variables of the cell tagged <c>parameters</c>, from <c>-p name=value</c>.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The margins the supervisor adds to the timeouts, and its clock; set by in-process callers, never on the command line.</summary>
    public SupervisionTimings Supervision { get; init; } = SupervisionTimings.Default;
}
