using Notebooks.DotNetInteractive;
using Notebooks.Kernel.Engines;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Running;
using Notebooks.Tests.Support;

namespace Notebooks.Tests;

/// <summary>Runs every notebook of the collection headlessly on both engines, as CI does, so none of them rots; the database notebooks on SQLite and on PostgreSQL.</summary>
[TestCaseOrderer(EngineFirstOrderer.Name, EngineFirstOrderer.Assembly)]
public sealed class CollectionTests
{
    /// <summary>Each notebook on each engine: ours, and .NET Interactive hosted in this process.</summary>
    public static TheoryData<string, string> Notebooks() => Cases(Files());

    /// <summary>The notebooks whose parameters cell declares <c>postgres</c>, on each engine.</summary>
    public static TheoryData<string, string> DatabaseNotebooks() =>
        Cases(Files().Where(p => Postgres.Select(NotebookFile.Read(p), "")));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_RunsWithEveryCellPassing(string engine, string name)
    {
        // Database notebooks run on SQLite here, whatever the environment says; the test below runs them on PostgreSQL.
        await RunAsync(engine, name, connectionString: "");
    }

    [PostgresTheory]
    [MemberData(nameof(DatabaseNotebooks))]
    public async Task DatabaseNotebook_OnPostgreSql_RunsWithEveryCellPassing(string engine, string name)
    {
        var connectionString = Postgres.ConnectionString ?? throw new InvalidOperationException(Postgres.Missing + "; CI requires them");

        await RunAsync(engine, name, connectionString);
    }

    [Fact]
    public void Collection_HasNotebooks()
    {
        Assert.NotEmpty(Notebooks());
    }

    [Fact]
    public void Collection_HasADatabaseNotebook()
    {
        Assert.NotEmpty(DatabaseNotebooks());
    }

    /// <summary>The engines, ours first.</summary>
    internal static IReadOnlyList<NotebookEngine> Engines { get; } = [NotebookEngine.Notebooks, DotNetInteractiveEngine.Engine];

    /// <summary>The collection's notebooks, in order.</summary>
    internal static IEnumerable<string> Files() => Directory.GetFiles(Collection.Folder, "*.ipynb").Order(StringComparer.Ordinal);

    /// <summary>A collection notebook's run on <paramref name="engine"/> on SQLite, as <see cref="Notebook_RunsWithEveryCellPassing"/> ran it.</summary>
    internal static Task<NotebookRun> RunOnSqliteAsync(NotebookEngine engine, string path) =>
        NotebookRuns.RunAsync(engine, path, prepare: n => Postgres.Select(n, ""), variant: "");

    private static TheoryData<string, string> Cases(IEnumerable<string> files)
    {
        var cases = new TheoryData<string, string>();
        foreach (var engine in Engines)
        {
            foreach (var file in files)
            {
                cases.Add(engine.Name, Path.GetFileName(file));
            }
        }

        return cases;
    }

    private static async Task RunAsync(string engineName, string name, string connectionString)
    {
        var engine = Engines.Single(e => e.Name == engineName);
        var path = Path.Combine(Collection.Folder, name);
        var provider = Postgres.Select(NotebookFile.Read(path), connectionString) ? (connectionString.Length == 0 ? " (SQLite)" : " (PostgreSQL)") : "";

        // The differential check compares these very runs (SQLite's), so each notebook runs once per engine in this process.
        var (_, result) = connectionString.Length == 0
            ? await RunOnSqliteAsync(engine, path)
            : await NotebookRuns.RunAsync(engine, path, prepare: n => Postgres.Select(n, connectionString), variant: connectionString);

        var failure = result.FirstFailure;
        Assert.True(failure is null, $"{engine.Title}, {name}{provider}: {failure?.Label} {failure?.Kind}: {failure?.FirstLine}\n{string.Join('\n', failure?.Error?.Traceback ?? [])}");
        Assert.All(result.Cells, c => Assert.NotEqual(CellResultKind.NotRun, c.Kind));
    }
}
