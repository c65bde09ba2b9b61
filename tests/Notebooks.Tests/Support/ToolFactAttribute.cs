using Notebooks.Testing;

namespace Notebooks.Tests.Support;

/// <summary>A fact that needs a program on PATH: skipped with the reason locally, run (and failing) when CI is "true".</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool, string package)
    {
        Skip = Requirement.Skip(ChildProcess.Find(tool) is null ? $"{tool} is not installed (Debian package {package}; .ci/run installs it)" : null);
    }
}
