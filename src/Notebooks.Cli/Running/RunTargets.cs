namespace Notebooks.Cli.Running;

/// <summary>Where a run writes each executed notebook, and the runs that would write two notebooks to one place.</summary>
internal static class RunTargets
{
    /// <summary>The executed copy of <paramref name="path"/>: the source itself in place, else an .ipynb of its name in the output folder.</summary>
    public static string Of(string path, RunSettings settings) =>
        settings.InPlace ? path : Path.Combine(settings.OutputDirectory, Path.GetFileNameWithoutExtension(path) + ".ipynb");

    /// <summary>Problems with the targets of <paramref name="notebooks"/>, each naming the files.</summary>
    public static IEnumerable<string> Check(List<string> notebooks, RunSettings settings)
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
            .Select(g => $"{string.Join(" and ", g)} would both be written to {Of(g.First(), settings)}; run them separately or rename one");
    }
}
