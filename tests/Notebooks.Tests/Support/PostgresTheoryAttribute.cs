namespace Notebooks.Tests.Support;

/// <summary>A theory that needs PostgreSQL: skipped with the reason locally, run (and failing) when CI is "true".</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (Postgres.ConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = Postgres.Missing;
        }
    }
}
