using Notebooks.Jupyter.KernelSpecs;

namespace Notebooks.Jupyter.Tests.Support;

/// <summary>A temporary Jupyter home with our kernelspec installed: the environment that makes Jupyter find it and nothing else.</summary>
internal sealed class KernelHome : IDisposable
{
    /// <summary>The kernelspec name the tests install (not the default, so a user's own install is never touched).</summary>
    public const string KernelName = "notebooks-test";

    public KernelHome()
    {
        Folder = Directory.CreateTempSubdirectory("nb-jupyter").FullName;
        var data = Path.Combine(Folder, "data");
        var notebooksDll = Path.Combine(AppContext.BaseDirectory, "notebooks.dll");
        var result = new KernelSpecStore(data).Install(KernelName, [Host(), notebooksDll, "kernel", "run", "{connection_file}"], force: false);
        Assert.True(result.Succeeded, result.Message);
        Environment = new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = data,
            ["JUPYTER_DATA_DIR"] = data,
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(Folder, "config"),
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(Folder, "runtime"),
            ["NOTEBOOKS_KERNEL_NAME"] = KernelName,
            ["PYTHONDONTWRITEBYTECODE"] = "1",
        };
    }

    /// <summary>The temporary folder.</summary>
    public string Folder { get; }

    /// <summary>Variables for the Jupyter processes the test starts.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    private static string Host() => System.Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
