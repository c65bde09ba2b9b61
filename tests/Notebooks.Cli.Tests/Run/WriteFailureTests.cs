using System.Xml.Linq;
using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Run;

/// <summary>An executed notebook or report that cannot be written: a message naming it, exit 3, and every other report still written.</summary>
public sealed class WriteFailureTests
{
    [Fact]
    public async Task Run_OutputUnderAFile_ExitsThreeNamingThePath_AndWritesTheOtherReports()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb", "skip.ipynb");
        var file = cli.PathOf("FILE");
        await File.WriteAllTextAsync(file, "a file, not a folder");
        var junit = cli.PathOf("junit.xml");
        var site = cli.PathOf("site");

        var result = await CliHarness.Invoke(["run", cli.PathOf("passing.ipynb"), cli.PathOf("skip.ipynb"), "--output", Path.Combine(file, "sub"), "--junit", junit, "--html", site]);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.DoesNotContain("Unhandled", result.ToString(), StringComparison.Ordinal);
        Assert.Contains($"error: cannot write the executed notebook {Path.Combine(file, "sub", "passing.ipynb")}: ", result.Error, StringComparison.Ordinal);
        Assert.Contains($"error: cannot write the executed notebook {Path.Combine(file, "sub", "skip.ipynb")}: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("2 notebook(s): 2 passed, 0 failed", result.Output, StringComparison.Ordinal);
        Assert.Equal(4, XDocument.Load(junit).Descendants("testcase").Count());
        Assert.Contains("No outputs shown: cannot write the executed notebook", await File.ReadAllTextAsync(Path.Combine(site, "passing.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TargetIsAFolder_ExitsThreeNamingIt_AndTheOtherNotebookIsWritten()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb", "runtime-error.ipynb");
        Directory.CreateDirectory(Path.Combine(cli.Output, "passing.ipynb"));

        var result = await cli.Run(cli.Folder);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains($"error: cannot write the executed notebook {Path.Combine(cli.Output, "passing.ipynb")}: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("FAIL  " + cli.PathOf("runtime-error.ipynb"), result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(cli.Output, "runtime-error.ipynb")));
    }

    [Fact]
    public async Task Run_JUnitUnderAFile_ExitsThreeNamingThePath_AndWritesTheSite()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        var file = cli.PathOf("FILE");
        await File.WriteAllTextAsync(file, "a file, not a folder");
        var site = cli.PathOf("site");

        var result = await cli.Run("passing.ipynb", "--junit", Path.Combine(file, "junit.xml"), "--html", site);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains($"error: cannot write the JUnit report {Path.Combine(file, "junit.xml")}: ", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
        Assert.True(File.Exists(Path.Combine(cli.Output, "passing.ipynb")));
    }

    [Fact]
    public async Task Run_SiteUnderAFile_ExitsThreeNamingThePath_AndWritesTheJUnitReport()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        var file = cli.PathOf("FILE");
        await File.WriteAllTextAsync(file, "a file, not a folder");
        var junit = cli.PathOf("junit.xml");

        var result = await cli.Run("passing.ipynb", "--junit", junit, "--html", Path.Combine(file, "site"));

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains($"error: cannot write the site {Path.Combine(file, "site")}: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, XDocument.Load(junit).Descendants("testcase").Count());
    }
}
