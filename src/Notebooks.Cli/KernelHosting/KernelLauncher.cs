namespace Notebooks.Cli.KernelHosting;

/// <summary>The command line a kernelspec launches: the dotnet host running this build's notebooks.dll with <c>kernel run</c>.</summary>
internal static class KernelLauncher
{
    /// <summary>The kernelspec's argv.</summary>
    public static IReadOnlyList<string> Argv() => [DotnetHost(), typeof(KernelLauncher).Assembly.Location, "kernel", "run", "{connection_file}"];

    /// <summary>The dotnet host: this process when it is the host, else the one above the shared framework this process runs on.</summary>
    public static string DotnetHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } process && Path.GetFileName(process) == name)
        {
            return process;
        }

        // The runtime lives in DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION/.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var host = Path.Combine(root, name);
        return File.Exists(host) ? host : name;
    }
}
