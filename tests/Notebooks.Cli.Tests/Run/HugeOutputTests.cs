using Notebooks.Cli.Tests.Support;
using Notebooks.Kernel.Formats;

namespace Notebooks.Cli.Tests.Run;

/// <summary>Outputs larger than a cell keeps: the run stays quick, the executed notebook reads back and the site renders it.</summary>
public sealed class HugeOutputTests
{
    [Fact]
    public async Task Run_PrintingInALoop_KeepsTheStartAndSaysHowMuchWasLeftOut()
    {
        var cli = CliHarness.WithFixtures("print-loop.ipynb");

        var result = await cli.Run("print-loop.ipynb", "--timeout", "90");

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = NotebookFile.Read(Path.Combine(cli.Output, "print-loop.ipynb")).Cells[1].Outputs.Single();
        var text = output["text"]!.GetValue<string>();
        Assert.StartsWith(new string('x', 99) + "\n" + new string('x', 99) + "\n", text, StringComparison.Ordinal);
        Assert.Matches(@"\n\[output truncated: \d+ more characters not kept; a cell keeps its outputs within the 16 MB a notebook reader accepts\]\n$", text);
    }

    [Fact]
    public async Task Run_HugeDisplay_TheSiteRenders_AndTheExecutedNotebookRunsAgain()
    {
        var cli = CliHarness.WithFixtures("huge-display.ipynb");
        var site = cli.PathOf("site");

        var first = await cli.Run("huge-display.ipynb", "--html", site);
        var executed = Path.Combine(cli.Output, "huge-display.ipynb");
        var again = await CliHarness.Invoke(["run", executed, "--output", cli.PathOf("again")]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("output truncated: ", await File.ReadAllTextAsync(Path.Combine(site, "huge-display.html")), StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
    }
}
