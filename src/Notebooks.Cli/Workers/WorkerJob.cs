namespace Notebooks.Cli.Workers;

/// <summary>One notebook for one worker: where to read it, where to write the executed copy, and how to run it.</summary>
/// <param name="NotebookPath">The source notebook (absolute).</param>
/// <param name="TargetPath">Where the executed notebook is written after every cell (absolute).</param>
/// <param name="CellTimeout">The default per-cell timeout.</param>
/// <param name="ContinueOnError">Run on after a failing cell.</param>
/// <param name="Parameters">Values for the cell tagged <c>parameters</c>.</param>
internal sealed record WorkerJob(string NotebookPath, string TargetPath, TimeSpan CellTimeout, bool ContinueOnError, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>The name of the engine the worker runs the notebook on.</summary>
    public string Engine { get; init; } = Running.Engines.Default.Name;

    /// <summary>How long a cell past its timeout may take to stop before the worker's kernel abandons it.</summary>
    public TimeSpan CancellationGrace { get; init; } = SupervisionTimings.Default.CancellationGrace;

    /// <summary>The arguments that start a worker for this job.</summary>
    public IEnumerable<string> ToArguments()
    {
        yield return "worker";
        yield return NotebookPath;
        yield return "--target";
        yield return TargetPath;
        yield return "--timeout";
        yield return Seconds(CellTimeout);
        yield return "--grace";
        yield return Seconds(CancellationGrace);
        yield return "--engine";
        yield return Engine;
        if (ContinueOnError)
        {
            yield return "--continue-on-error";
        }

        foreach (var (name, value) in Parameters)
        {
            yield return "-p";
            yield return $"{name}={value}";
        }
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
