using System.Diagnostics;
using System.Globalization;
using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Run;

/// <summary>Ctrl-C and SIGTERM on the real program: workers stopped, partial results written, exit 130, no process left.</summary>
public sealed class SignalTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Run_Signal_StopsTheWorkerWritesPartialResultsAndExits130(string signal)
    {
        var cli = CliHarness.WithFixtures("waits-forever.ipynb");
        var executed = Path.Combine(cli.Output, "waits-forever.ipynb");
        var junit = Path.Combine(cli.Folder, "junit.xml");
        using var run = Start("run", cli.PathOf("waits-forever.ipynb"), "--output", cli.Output, "--junit", junit);
        var stdout = run.StandardOutput.ReadToEndAsync();
        var stderr = run.StandardError.ReadToEndAsync();
        await WaitUntil(() => File.Exists(executed), run);
        var workers = Children(run.Id);
        Assert.NotEmpty(workers);

        Send(signal, run.Id);

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await run.WaitForExitAsync(limit.Token);
        Assert.True(run.ExitCode == 130, $"exit {run.ExitCode}\n{await stdout}");
        Assert.All(workers, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"worker {pid} is still running"));
        Assert.Contains("interrupted: workers stopped", await stderr, StringComparison.Ordinal);
        Assert.Contains("InterruptedError", await File.ReadAllTextAsync(executed), StringComparison.Ordinal);
        Assert.Contains("the run was interrupted while cell 3 [wait] ran", await File.ReadAllTextAsync(junit), StringComparison.Ordinal);
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "notebooks.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static async Task WaitUntil(Func<bool> condition, Process run)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(run.HasExited, "the run ended before the first cell was written");
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(90), "the first cell was not written within 90 s");
            await Task.Delay(50);
        }
    }

    /// <summary>The processes whose parent is <paramref name="parent"/>, from /proc.</summary>
    private static List<int> Children(int parent) =>
        [.. Directory.GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(name => (Pid: int.Parse(name!, CultureInfo.InvariantCulture), Stat: TryRead($"/proc/{name}/stat")))
            .Where(p => p.Stat is not null && ParentOf(p.Stat) == parent)
            .Select(p => p.Pid)];

    private static int ParentOf(string stat) => int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void Send(string signal, int pid)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
