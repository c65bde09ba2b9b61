using Notebooks.Cli.Tests.Support;
using Notebooks.Kernel.Hosting;
using Notebooks.Testing;

namespace Notebooks.Cli.Tests.Run;

/// <summary>The built program, started as users start it: exit codes and streams through a real process.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task Process_PassingNotebook_ExitsZeroAndPrintsTheSummary()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");

        var (code, stdout, _) = await Start("run", cli.PathOf("passing.ipynb"), "--output", cli.Output);

        Assert.Equal(0, code);
        Assert.Contains("1 notebook(s): 1 passed, 0 failed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_FailingCell_ExitsTwo()
    {
        var cli = CliHarness.WithFixtures("runtime-error.ipynb");

        var (code, stdout, _) = await Start("run", cli.PathOf("runtime-error.ipynb"), "--output", cli.Output);

        Assert.Equal(2, code);
        Assert.Contains("InvalidOperationException: the cell failed on purpose", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_UnknownCommand_ExitsOneWithUsageOnStderr()
    {
        var (code, _, stderr) = await Start("frobnicate");

        Assert.Equal(1, code);
        Assert.Contains("frobnicate", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Start(params string[] args)
    {
        var result = await ChildProcess.RunAsync(DotnetHost.Path, [Path.Combine(AppContext.BaseDirectory, "notebooks.dll"), .. args], TimeSpan.FromMinutes(2));
        return (result.ExitCode, result.Stdout, result.Stderr);
    }
}
