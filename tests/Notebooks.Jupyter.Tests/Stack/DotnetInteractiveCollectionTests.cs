using Notebooks.Jupyter.Tests.Support;
using Notebooks.Testing;

namespace Notebooks.Jupyter.Tests.Stack;

/// <summary>Every notebook of the collection runs on .NET Interactive's own Jupyter kernel (the pinned dotnet-interactive tool), driven by nbclient in the notebook's folder.</summary>
[Collection(NotebookRuns.Name)]
public sealed class DotnetInteractiveCollectionTests
{
    [DotnetInteractiveTheory]
    [MemberData(nameof(CollectionTests.Notebooks), MemberType = typeof(CollectionTests))]
    public void Nbclient_CollectionNotebook_PassesOnTheDotnetInteractiveTool(string name)
    {
        var missing = JupyterStack.Missing ?? DotnetInteractiveTool.Missing;
        Assert.True(missing is null, missing);
        using var home = KernelHome.ForDotnetInteractive();
        var script = Path.Combine(AppContext.BaseDirectory, "Python", "execute_notebook.py");
        using var machine = CollectionLock.Acquire();

        var (code, output) = JupyterStack.Run(JupyterStack.Python, [script, name, home.Name], home.Environment, TimeSpan.FromMinutes(20), Repository.Notebooks);

        Assert.True(code == 0, $"{name} on dotnet-interactive: {output.Trim()}");
    }
}
