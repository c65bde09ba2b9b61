using Notebooks.Jupyter.Tests.Support;
using Notebooks.Kernel.Hosting;
using Notebooks.Testing;

namespace Notebooks.Jupyter.Tests.Stack;

/// <summary>Every notebook of the collection runs under <c>jupyter nbconvert --execute</c> on our kernel, with the headless runner's output types.</summary>
[Collection(NotebookRuns.Name)]
public sealed class CollectionTests
{
    public static TheoryData<string> Notebooks() =>
        [.. Directory.GetFiles(Repository.Notebooks, "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [JupyterTheory]
    [MemberData(nameof(Notebooks))]
    public void Nbconvert_CollectionNotebook_PassesWithTheHeadlessRunnersOutputs(string name)
    {
        using var home = new KernelHome();
        using var machine = CollectionLock.Acquire();
        var source = Path.Combine(Repository.Notebooks, name);
        var jupyterOutput = Path.Combine(home.Folder, "nbconvert");
        var (code, output) = JupyterStack.Run(
            JupyterStack.Jupyter,
            ["nbconvert", "--to", "notebook", "--execute", source, "--output-dir", jupyterOutput,
             $"--ExecutePreprocessor.kernel_name={KernelHome.KernelName}", "--ExecutePreprocessor.timeout=900", "--ExecutePreprocessor.startup_timeout=180"],
            home.Environment,
            TimeSpan.FromMinutes(20));
        Assert.True(code == 0, $"nbconvert exited {code}:\n{output}");

        var headlessOutput = Path.Combine(home.Folder, "headless");
        var notebooksDll = Path.Combine(AppContext.BaseDirectory, "notebooks.dll");
        (code, output) = JupyterStack.Run(DotnetHost.Path, [notebooksDll, "run", source, "--output", headlessOutput], home.Environment, TimeSpan.FromMinutes(20));
        Assert.True(code == 0, $"the headless runner exited {code}:\n{output}");

        Assert.Equal(OutputShape.Of(Path.Combine(headlessOutput, name)), OutputShape.Of(Path.Combine(jupyterOutput, name)));
    }
}
