using Notebooks.Testing;

namespace Notebooks.Jupyter.Tests.Support;

/// <summary>A theory that needs the Jupyter stack and the dotnet-interactive tool: skipped with the reason locally, run (and failing) when CI is "true".</summary>
public sealed class DotnetInteractiveTheoryAttribute : TheoryAttribute
{
    public DotnetInteractiveTheoryAttribute()
    {
        Skip = Requirement.Skip(JupyterStack.Missing ?? DotnetInteractiveTool.Missing);
    }
}
