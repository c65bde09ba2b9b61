using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Run;

public sealed class ReportTests
{
    [Fact]
    public async Task Run_CompileError_NamesTheCellItsFirstLineAndTheDiagnostic()
    {
        var cli = CliHarness.WithFixtures("compile-error.ipynb");

        var result = await cli.Run("compile-error.ipynb");

        Assert.Contains("FAIL  " + cli.PathOf("compile-error.ipynb"), result.Output, StringComparison.Ordinal);
        Assert.Contains("cell 2 [broken] failed: var b = a + missing;", result.Output, StringComparison.Ordinal);
        Assert.Contains("(1,13): error CS0103: The name 'missing' does not exist in the current context", result.Output, StringComparison.Ordinal);
        Assert.Contains("(2,9): error CS0029", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 later cell(s) not run (not run because cell 2 [broken] failed)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Timeout_NamesTheCellAndTheLimit()
    {
        var cli = CliHarness.WithFixtures("timeout.ipynb");

        var result = await cli.Run("timeout.ipynb");

        Assert.Contains("cell 1 [hangs] timed out: await Task.Delay(System.Threading.Timeout.Infinite, CellCancellationToken);", result.Output, StringComparison.Ordinal);
        Assert.Contains("timeout of 0.5 s", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Malformed_NamesTheFileLineAndColumn()
    {
        var cli = CliHarness.WithFixtures("malformed.ipynb", "passing.ipynb");

        var result = await cli.Run("malformed.ipynb", "passing.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"ERROR {cli.PathOf("malformed.ipynb")}:3:", result.Output, StringComparison.Ordinal);
        Assert.Contains("PASS  " + cli.PathOf("passing.ipynb"), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Summary_CountsNotebooksAndCells()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb", "skip.ipynb", "runtime-error.ipynb");

        var result = await cli.Run(cli.Folder);

        Assert.Contains("3 notebook(s): 2 passed, 1 failed; cells: 4 passed, 1 failed, 1 skipped, 1 not run", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Folder_RunsItsNotebooksInNameOrder()
    {
        var cli = CliHarness.WithFixtures("skip.ipynb", "passing.ipynb", "hello.dib");

        // One at a time: with several workers, PASS lines follow the order notebooks finish in.
        var result = await cli.Run(cli.Folder, "-j", "1");

        var order = result.Output.Split('\n').Where(l => l.StartsWith("PASS", StringComparison.Ordinal)).Select(l => Path.GetFileName(l.Split("  ")[1])).ToList();
        Assert.Equal(["hello.dib", "passing.ipynb", "skip.ipynb"], order);
    }
}
