using System.ComponentModel;
using System.Diagnostics;

namespace Notebooks.Kernel.Hosting;

/// <summary>Stops a child process with everything it started: workers, kernels and restores end the same way.</summary>
public static class ProcessTree
{
    /// <summary>Kills <paramref name="process"/> and its descendants; one that has exited already is left as it is.</summary>
    public static void Kill(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // It exited on its own meanwhile.
        }
    }
}
