namespace Notebooks.Cli.Linting;

/// <summary>One convention a notebook breaks, with where.</summary>
/// <param name="Path">The notebook.</param>
/// <param name="Place">The cell (<c>cell N [id]</c>) or null for the whole notebook.</param>
/// <param name="Message">What is wrong and what to do.</param>
internal sealed record LintFinding(string Path, string? Place, string Message)
{
    public override string ToString() => Place is null ? $"{Path}: {Message}" : $"{Path}: {Place}: {Message}";
}
