namespace Notebooks.Jupyter.Tests.Support;

/// <summary>A theory that needs the Jupyter stack: skipped with the reason locally, run (and failing) when CI is "true".</summary>
public sealed class JupyterTheoryAttribute : TheoryAttribute
{
    public JupyterTheoryAttribute()
    {
        if (JupyterStack.Missing is { } reason && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = reason;
        }
    }
}
