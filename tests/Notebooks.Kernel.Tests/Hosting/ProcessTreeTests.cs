using System.Diagnostics;
using Notebooks.Kernel.Hosting;

namespace Notebooks.Kernel.Tests.Hosting;

public sealed class ProcessTreeTests
{
    [Fact]
    public async Task Kill_ProcessWithAChild_EndsBoth()
    {
        using var parent = Start("sleep 60 & echo $!; wait");
        var child = int.Parse((await parent.StandardOutput.ReadLineAsync())!, System.Globalization.CultureInfo.InvariantCulture);

        ProcessTree.Kill(parent);

        await parent.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(await EndsAsync(child), $"the child {child} still runs");
    }

    [Fact]
    public async Task Kill_ProcessThatHasExited_DoesNotThrow()
    {
        using var process = Start("exit 0");
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        ProcessTree.Kill(process);

        Assert.Equal(0, process.ExitCode);
    }

    private static Process Start(string script) =>
        Process.Start(new ProcessStartInfo("sh", ["-c", script]) { RedirectStandardOutput = true })!;

    /// <summary>Whether the process <paramref name="id"/> is gone within 10 s.</summary>
    private static async Task<bool> EndsAsync(int id)
    {
        for (var waited = 0; waited < 10_000; waited += 50)
        {
            try
            {
                using var process = Process.GetProcessById(id);
                if (process.HasExited)
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
