using Notebooks.Kernel.Formats;

namespace Notebooks.Cli.Running;

/// <summary>Expands the command line's paths into notebook files, in a stable order.</summary>
internal static class NotebookDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(["bin", "obj", "artifacts", "node_modules"], StringComparer.Ordinal);

    /// <summary>The notebooks under <paramref name="paths"/>, outside <paramref name="outputFolder"/>; problems are messages naming the path.</summary>
    public static (List<string> Notebooks, List<string> Problems) Find(IEnumerable<string> paths, string? outputFolder = null)
    {
        var notebooks = new List<string>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (NotebookFile.IsNotebook(path))
                {
                    notebooks.Add(path);
                }
                else
                {
                    problems.Add($"{path}: not a notebook (expected .ipynb or .dib)");
                }
            }
            else if (Directory.Exists(path))
            {
                var found = InFolder(path).Where(n => outputFolder is null || !Path.GetFullPath(n).StartsWith(outputFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
                notebooks.AddRange(found);
                if (found.Count == 0)
                {
                    problems.Add($"{path}: no notebooks (.ipynb, .dib) in this folder");
                }
            }
            else
            {
                problems.Add($"{path}: no such file or folder");
            }
        }

        return ([.. notebooks.Distinct(StringComparer.Ordinal)], problems);
    }

    private static IEnumerable<string> InFolder(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(NotebookFile.IsNotebook)
            .Order(StringComparer.Ordinal)
            .Concat(Directory.EnumerateDirectories(folder)
                .Where(d => !Path.GetFileName(d).StartsWith('.') && !SkippedFolders.Contains(Path.GetFileName(d)))
                .Order(StringComparer.Ordinal)
                .SelectMany(InFolder));
}
