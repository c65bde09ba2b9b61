namespace Notebooks.Kernel.Hosting;

/// <summary>The <c>dotnet</c> host that child processes (workers, kernels, restores) run on: one precedence for all of them.</summary>
public static class DotnetHost
{
    private static readonly string FileName = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

    /// <summary>The host for this process's children.</summary>
    public static string Path { get; } = Find(
        Environment.ProcessPath,
        System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!,
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
        File.Exists);

    /// <summary>
    /// This process when it is the host; else the host of the installation whose shared framework this process runs on;
    /// else <c>DOTNET_HOST_PATH</c> (set by the SDK); else <c>dotnet</c> from PATH.
    /// </summary>
    /// <param name="processPath">This process's executable.</param>
    /// <param name="runtimeDirectory">The folder of the running shared framework: <c>ROOT/shared/Microsoft.NETCore.App/VERSION</c>.</param>
    /// <param name="hostPathVariable">The value of <c>DOTNET_HOST_PATH</c>, if any.</param>
    /// <param name="exists">Whether a file exists.</param>
    public static string Find(string? processPath, string runtimeDirectory, string? hostPathVariable, Func<string, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(exists);
        if (processPath is not null && System.IO.Path.GetFileName(processPath) == FileName)
        {
            return processPath;
        }

        var installed = System.IO.Path.GetFullPath(System.IO.Path.Combine(runtimeDirectory, "..", "..", "..", FileName));
        if (exists(installed))
        {
            return installed;
        }

        return hostPathVariable is { Length: > 0 } && exists(hostPathVariable) ? hostPathVariable : FileName;
    }
}
