using Notebooks.Jupyter.KernelSpecs;
using Notebooks.Kernel.Hosting;

namespace Notebooks.Jupyter.Tests.Support;

/// <summary>A temporary Jupyter home with one kernelspec installed: the environment that makes Jupyter find it and nothing else.</summary>
internal sealed class KernelHome : IDisposable
{
    /// <summary>The kernelspec name the tests install for our kernel (not the default, so a user's own install is never touched).</summary>
    public const string KernelName = "notebooks-test";

    /// <summary>A home with our kernel's kernelspec, named <see cref="KernelName"/>.</summary>
    public KernelHome()
        : this(KernelName, data =>
        {
            var notebooksDll = Path.Combine(AppContext.BaseDirectory, "notebooks.dll");
            var result = new KernelSpecStore(data).Install(KernelName, [DotnetHost.Path, notebooksDll, "kernel", "run", "{connection_file}"], force: false);
            Assert.True(result.Succeeded, result.Message);
        })
    {
    }

    private KernelHome(string name, Action<string> install)
    {
        Name = name;
        Folder = Directory.CreateTempSubdirectory("nb-jupyter").FullName;
        var data = Path.Combine(Folder, "data");
        install(data);
        Environment = new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = data,
            ["JUPYTER_DATA_DIR"] = data,
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(Folder, "config"),
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(Folder, "runtime"),
            ["NOTEBOOKS_KERNEL_NAME"] = name,
            ["PYTHONDONTWRITEBYTECODE"] = "1",
        };
    }

    /// <summary>The name of the kernelspec installed.</summary>
    public string Name { get; }

    /// <summary>The temporary folder.</summary>
    public string Folder { get; }

    /// <summary>Variables for the Jupyter processes the test starts.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>A home with the dotnet-interactive tool's kernelspec, named <see cref="DotnetInteractiveTool.KernelName"/>.</summary>
    public static KernelHome ForDotnetInteractive() => new(DotnetInteractiveTool.KernelName, DotnetInteractiveTool.InstallKernelSpec);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
