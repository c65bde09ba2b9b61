using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Running;

/// <summary>A notebook as a run executes it: read, with the <c>-p</c> values injected. The supervisor and the worker prepare it alike.</summary>
internal static class PreparedNotebook
{
    /// <summary>Reads <paramref name="path"/> and injects <paramref name="parameters"/>; throws <see cref="NotebookFormatException"/>, naming the file, when either fails.</summary>
    public static Notebook Read(string path, IReadOnlyDictionary<string, string> parameters)
    {
        var notebook = NotebookFile.Read(path);
        if (Parameters.Inject(notebook, parameters) is { Count: > 0 } wrong)
        {
            throw new NotebookFormatException(path, null, string.Join("; ", wrong));
        }

        return notebook;
    }
}
