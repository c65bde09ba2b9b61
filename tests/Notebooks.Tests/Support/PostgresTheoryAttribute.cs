using Notebooks.Testing;

namespace Notebooks.Tests.Support;

/// <summary>A theory that needs PostgreSQL: skipped with the reason locally, run (and failing) when CI is "true".</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        Skip = Requirement.Skip(Postgres.ConnectionString is null ? Postgres.Missing : null);
    }
}
