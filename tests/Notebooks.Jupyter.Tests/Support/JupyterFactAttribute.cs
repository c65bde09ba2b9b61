using Notebooks.Testing;

namespace Notebooks.Jupyter.Tests.Support;

/// <summary>A fact that needs the Jupyter stack: skipped with the reason locally, run (and failing) when CI is "true".</summary>
public sealed class JupyterFactAttribute : FactAttribute
{
    public JupyterFactAttribute()
    {
        Skip = Requirement.Skip(JupyterStack.Missing);
    }
}
