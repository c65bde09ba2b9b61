namespace Notebooks.Jupyter.KernelSpecs;

/// <summary>Where Jupyter looks for data (kernelspecs live in its <c>kernels</c> folder), as jupyter_core decides.</summary>
public static class JupyterPaths
{
    /// <summary>The user's Jupyter data folder: <c>$JUPYTER_DATA_DIR</c>, else the platform's per-user folder.</summary>
    public static string UserDataDirectory()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        }

        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }

    /// <summary>The data folder of an installation prefix: <c>PREFIX/share/jupyter</c>.</summary>
    public static string PrefixDataDirectory(string prefix) => Path.Combine(Path.GetFullPath(prefix), "share", "jupyter");

    /// <summary>The folder of kernelspec <paramref name="name"/> in <paramref name="dataDirectory"/>.</summary>
    public static string KernelDirectory(string dataDirectory, string name) => Path.Combine(dataDirectory, "kernels", name);
}
