namespace Notebooks.Cli.Tests.Support;

/// <summary>A fact that needs headless Chromium: skipped with the reason locally, run (and failing) when CI is "true".</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = Chromium.Missing;
        }
    }
}
