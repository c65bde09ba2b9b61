using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Tests.Support;

/// <summary>The database notebooks' provider switch: a <c>postgres</c> parameter, empty for SQLite, else an Npgsql connection string.</summary>
internal static class Postgres
{
    /// <summary>The variable .ci/run and the dev container set to an Npgsql connection string.</summary>
    public const string Variable = "ASYNC_NOTEBOOKS_POSTGRES";

    /// <summary>The variable the parameters cell of a database notebook declares.</summary>
    public const string Parameter = "postgres";

    /// <summary>The connection string from the environment, or null when it is unset or empty.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why the PostgreSQL runs are skipped locally, and why they fail in CI.</summary>
    public static string Missing => $"{Variable} is not set, so the database notebooks were not run on PostgreSQL (.ci/run starts a throwaway server and sets it)";

    /// <summary>Sets the notebook's <c>postgres</c> parameter to <paramref name="connectionString"/>; false when it declares none.</summary>
    public static bool Select(Notebook notebook, string connectionString) =>
        Parameters.Inject(notebook, new Dictionary<string, string> { [Parameter] = connectionString }).Count == 0;
}
