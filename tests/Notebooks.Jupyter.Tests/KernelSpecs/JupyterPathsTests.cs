using Notebooks.Jupyter.KernelSpecs;

namespace Notebooks.Jupyter.Tests.KernelSpecs;

public sealed class JupyterPathsTests
{
    [Fact]
    public void PrefixDataDirectory_Prefix_IsShareJupyterUnderIt() =>
        Assert.Equal(Path.Combine(Path.GetFullPath("/opt/tools"), "share", "jupyter"), JupyterPaths.PrefixDataDirectory("/opt/tools"));

    [Fact]
    public void KernelDirectory_Name_IsUnderKernels() =>
        Assert.Equal(Path.Combine("/d", "kernels", ".net-csharp"), JupyterPaths.KernelDirectory("/d", ".net-csharp"));

    [Fact]
    public void UserDataDirectory_OnLinuxWithoutOverrides_IsLocalShareJupyter()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is not null || Environment.GetEnvironmentVariable("XDG_DATA_HOME") is not null)
        {
            return;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal(Path.Combine(home, ".local", "share", "jupyter"), JupyterPaths.UserDataDirectory());
    }
}
