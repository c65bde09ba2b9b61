using System.Collections.Concurrent;
using Notebooks.Kernel.Engines;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;
using Notebooks.Testing;

namespace Notebooks.Tests.Support;

/// <summary>A notebook as one engine left it: the executed cells and the result of each.</summary>
internal sealed record NotebookRun(Notebook Executed, NotebookResult Result);

/// <summary>Runs of notebooks in this process, each done once: the collection's tests and the differential check share them.</summary>
internal static class NotebookRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookRun>>> Runs = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="path"/> on <paramref name="engine"/> once; later calls with the same arguments get the same run.</summary>
    /// <param name="engine">The engine to run it on.</param>
    /// <param name="path">The notebook.</param>
    /// <param name="options">How to run it; the engine is set from <paramref name="engine"/>. Part of the key.</param>
    /// <param name="prepare">Changes the notebook before it runs (parameters); part of the key through <paramref name="variant"/>.</param>
    /// <param name="variant">Names what <paramref name="prepare"/> does.</param>
    public static Task<NotebookRun> RunAsync(NotebookEngine engine, string path, RunOptions? options = null, Action<Notebook>? prepare = null, string variant = "")
    {
        var run = (options ?? new RunOptions()) with { Engine = engine };
        var key = $"{engine.Name}|{Path.GetFullPath(path)}|{run.ContinueOnError}|{run.CellTimeout}|{variant}";
        return Runs.GetOrAdd(key, _ => new Lazy<Task<NotebookRun>>(() => Run(path, run, prepare))).Value;
    }

    /// <summary>Runs in the notebook's folder as the working directory, as a worker process does (the tests run one at a time, and no other test process runs a notebook meanwhile).</summary>
    private static async Task<NotebookRun> Run(string path, RunOptions options, Action<Notebook>? prepare)
    {
        using var machine = CollectionLock.Acquire();
        var notebook = NotebookFile.Read(path);
        prepare?.Invoke(notebook);
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        try
        {
            var result = await new NotebookRunner(options).RunAsync(notebook, path).ConfigureAwait(false);
            return new NotebookRun(notebook, result);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
