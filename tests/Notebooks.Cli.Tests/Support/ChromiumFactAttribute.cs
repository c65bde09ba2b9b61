using Notebooks.Testing;

namespace Notebooks.Cli.Tests.Support;

/// <summary>A fact that needs headless Chromium: skipped with the reason locally, run (and failing) when CI is "true".</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        Skip = Requirement.Skip(Chromium.Path is null ? Chromium.Missing : null);
    }
}
