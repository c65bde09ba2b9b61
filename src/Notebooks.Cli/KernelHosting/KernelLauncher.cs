using Notebooks.Kernel.Hosting;

namespace Notebooks.Cli.KernelHosting;

/// <summary>The command line a kernelspec launches: the dotnet host running this build's notebooks.dll with <c>kernel run</c>.</summary>
internal static class KernelLauncher
{
    /// <summary>The kernelspec's argv.</summary>
    public static IReadOnlyList<string> Argv() => [DotnetHost.Path, typeof(KernelLauncher).Assembly.Location, "kernel", "run", "{connection_file}"];
}
