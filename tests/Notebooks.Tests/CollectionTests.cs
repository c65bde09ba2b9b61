using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Running;
using Notebooks.Tests.Support;

namespace Notebooks.Tests;

/// <summary>Runs every notebook of the collection headlessly, as CI does, so none of them rots; the database notebooks on SQLite and on PostgreSQL.</summary>
public sealed class CollectionTests
{
    public static TheoryData<string> Notebooks() => [.. Files().Select(p => Path.GetFileName(p))];

    /// <summary>The notebooks whose parameters cell declares <c>postgres</c>.</summary>
    public static TheoryData<string> DatabaseNotebooks() =>
        [.. Files().Where(p => Postgres.Select(NotebookFile.Read(p), "")).Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_RunsWithEveryCellPassing(string name)
    {
        // Database notebooks run on SQLite here, whatever the environment says; the test below runs them on PostgreSQL.
        await RunAsync(name, connectionString: "");
    }

    [PostgresTheory]
    [MemberData(nameof(DatabaseNotebooks))]
    public async Task DatabaseNotebook_OnPostgreSql_RunsWithEveryCellPassing(string name)
    {
        var connectionString = Postgres.ConnectionString ?? throw new InvalidOperationException(Postgres.Missing + "; CI requires them");

        await RunAsync(name, connectionString);
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

    private static IEnumerable<string> Files() => Directory.GetFiles(Collection.Folder, "*.ipynb").Order(StringComparer.Ordinal);

    private static async Task RunAsync(string name, string connectionString)
    {
        var path = Path.Combine(Collection.Folder, name);
        var notebook = NotebookFile.Read(path);
        var provider = Postgres.Select(notebook, connectionString) ? (connectionString.Length == 0 ? " (SQLite)" : " (PostgreSQL)") : "";

        var result = await new NotebookRunner(new RunOptions()).RunAsync(notebook, path);

        var failure = result.FirstFailure;
        Assert.True(failure is null, $"{name}{provider}: {failure?.Label} {failure?.Kind}: {failure?.FirstLine}\n{string.Join('\n', failure?.Error?.Traceback ?? [])}");
        Assert.All(result.Cells, c => Assert.NotEqual(CellResultKind.NotRun, c.Kind));
    }
}
