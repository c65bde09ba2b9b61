namespace Notebooks.Cli.Reporting;

/// <summary>A notebook the live view shows as running: its current cell and the cells done so far.</summary>
/// <param name="path">The notebook file.</param>
/// <param name="started">When it started, as a <see cref="TimeProvider"/> timestamp.</param>
internal sealed class RunningNotebook(string path, long started)
{
    /// <summary>The notebook file.</summary>
    public string Path => path;

    /// <summary>When it started, as a <see cref="TimeProvider"/> timestamp.</summary>
    public long Started => started;

    /// <summary>The cell running now (<c>cell N [id]</c>), or null before the first.</summary>
    public string? Cell { get; set; }

    /// <summary>The notebook's code cells, or 0 when not known.</summary>
    public int Total { get; set; }

    /// <summary>Code cells that ended.</summary>
    public int Done { get; set; }

    /// <summary>Code cells that failed or timed out.</summary>
    public int Failed { get; set; }
}
