using Notebooks.Testing;

namespace AsyncPatterns.Interactive.Tests.Support;

/// <summary>A fact that needs nbconvert and headless Chromium: skipped with the reason locally, run (and failing) when CI is "true".</summary>
public sealed class FrontEndFactAttribute : FactAttribute
{
    public FrontEndFactAttribute()
    {
        Skip = Requirement.Skip(FrontEnd.Missing);
    }
}
