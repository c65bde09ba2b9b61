using System.Xml.Linq;
using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Run;

public sealed class JUnitTests
{
    [Fact]
    public async Task Run_WithJUnit_WritesATestCasePerCodeCell()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb", "compile-error.ipynb", "skip.ipynb");
        var report = Path.Combine(cli.Folder, "reports", "junit.xml");

        await cli.Run(cli.Folder, "--junit", report);

        var root = XDocument.Load(report).Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(3, root.Elements("testsuite").Count());
        Assert.Equal("7", root.Attribute("tests")!.Value);
        Assert.Equal("1", root.Attribute("failures")!.Value);
        Assert.Equal("2", root.Attribute("skipped")!.Value);
        var cases = root.Descendants("testcase").ToList();
        Assert.Contains(cases, c => c.Attribute("name")!.Value == "passing.ipynb › cell 3 [await]: await Task.Delay(10);" && !c.HasElements);
        var failed = cases.Single(c => c.Element("failure") is not null);
        Assert.Equal("compile-error.ipynb › cell 2 [broken]: var b = a + missing;", failed.Attribute("name")!.Value);
        Assert.Equal("CompilationError", failed.Element("failure")!.Attribute("type")!.Value);
        Assert.Contains("(2,9): error CS0029", failed.Element("failure")!.Value, StringComparison.Ordinal);
        Assert.Equal("not run because cell 2 [broken] failed", cases.Single(c => c.Attribute("name")!.Value.StartsWith("compile-error.ipynb › cell 3", StringComparison.Ordinal)).Element("skipped")!.Attribute("message")!.Value);
        Assert.Equal("tagged skip-execution", cases.Single(c => c.Attribute("name")!.Value.StartsWith("skip.ipynb › cell 1", StringComparison.Ordinal)).Element("skipped")!.Attribute("message")!.Value);
    }

    [Fact]
    public async Task Run_WithJUnit_ReportsAnUnreadableNotebookAsAnError()
    {
        var cli = CliHarness.WithFixtures("malformed.ipynb");
        var report = Path.Combine(cli.Folder, "junit.xml");

        var result = await cli.Run("malformed.ipynb", "--junit", report);

        Assert.Equal(1, result.ExitCode);
        var error = XDocument.Load(report).Descendants("error").Single();
        Assert.Contains("malformed.ipynb:3:", error.Attribute("message")!.Value, StringComparison.Ordinal);
    }
}
