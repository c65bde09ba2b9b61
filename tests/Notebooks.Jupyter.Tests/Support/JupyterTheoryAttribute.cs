using Notebooks.Testing;

namespace Notebooks.Jupyter.Tests.Support;

/// <summary>A theory that needs the Jupyter stack: skipped with the reason locally, run (and failing) when CI is "true".</summary>
public sealed class JupyterTheoryAttribute : TheoryAttribute
{
    public JupyterTheoryAttribute()
    {
        Skip = Requirement.Skip(JupyterStack.Missing);
    }
}
