using Notebooks.Kernel.Engines;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Running;
using Notebooks.Tests.Support;

namespace Notebooks.Tests.Differential;

/// <summary>A set of notebooks both engines run for the differential check.</summary>
/// <param name="Name">How reports name it.</param>
/// <param name="Folder">Where its notebooks are (.ipynb and .dib, not recursive).</param>
/// <param name="Run">Runs one of its notebooks on an engine.</param>
/// <param name="Measurements">Its outputs report measurements (times, thread ids, pool sizes), compared by shape only.</param>
/// <param name="MustPass">Every cell must pass on both engines (the collection): a notebook that failed on either is
/// <see cref="CollectionTests"/>'s failure to report, and is not compared.</param>
internal sealed record DifferentialCorpus(string Name, string Folder, Func<NotebookEngine, string, Task<NotebookRun>> Run, bool Measurements = false, bool MustPass = false)
{
    /// <summary>Cells with errors on purpose run on: every cell is compared, not only those before the first failure.</summary>
    private static readonly RunOptions Everyday = new() { ContinueOnError = true, CellTimeout = TimeSpan.FromSeconds(60) };

    /// <summary>The collection, the kernel's and the command line's fixture notebooks, and this check's own semantics notebooks.</summary>
    public static IReadOnlyList<DifferentialCorpus> All { get; } =
    [
        new("collection", Collection.Folder, CollectionTests.RunOnSqliteAsync, Measurements: true, MustPass: true),
        new("cli-fixtures", Path.Combine(Collection.Root, "tests", "Notebooks.Cli.Tests", "Fixtures"), RunEveryCell),
        new("kernel-fixtures", Path.Combine(Collection.Root, "tests", "Notebooks.Kernel.Tests", "Fixtures"), RunEveryCell),
        new("semantics", Path.Combine(Collection.Root, "tests", "Notebooks.Tests", "Differential", "Corpus"), RunEveryCell),
    ];

    /// <summary>Its notebooks' paths, in order.</summary>
    public IEnumerable<string> Notebooks() =>
        Directory.GetFiles(Folder).Where(NotebookFile.IsNotebook).Order(StringComparer.Ordinal);

    private static Task<NotebookRun> RunEveryCell(NotebookEngine engine, string path) => NotebookRuns.RunAsync(engine, path, Everyday);
}
