using System.Text.Json.Nodes;
using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Run;

public sealed class LintTests
{
    [Fact]
    public async Task Lint_NotebookFollowingTheConventions_ExitsZero()
    {
        var folder = Folder(("01-clean.ipynb", Fixture("passing.ipynb")));

        var result = await CliHarness.Invoke(["lint", folder]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 notebook(s) checked: 0 problem(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_BrokenConventions_ExitsTwoNamingFileAndCell()
    {
        var notebook = Fixture("passing.ipynb");
        var cells = notebook["cells"]!.AsArray();
        cells[1]!.AsObject().Remove("id");
        cells[2]!["outputs"] = new JsonArray(new JsonObject { ["name"] = "stdout", ["output_type"] = "stream", ["text"] = "x" });
        cells[2]!["source"] = "#r \"nuget: Microsoft.Data.Sqlite, 9.0.0\"\n1";
        notebook["metadata"]!["kernelspec"] = new JsonObject { ["name"] = "python3", ["language"] = "python", ["display_name"] = "Python" };
        var folder = Folder(("Bad Name.ipynb", notebook));
        await File.WriteAllTextAsync(Path.Combine(folder, "Directory.Packages.props"), "<Project><ItemGroup><PackageVersion Include=\"Microsoft.Data.Sqlite\" Version=\"10.0.13\" /></ItemGroup></Project>");
        var path = Path.Combine(folder, "Bad Name.ipynb");

        var result = await CliHarness.Invoke(["lint", folder]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}: name it NN-kebab-title.ipynb", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{path}: metadata.kernelspec must be", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{path}: cell 2: has no id", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{path}: cell 3 [await]: carries outputs", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{path}: cell 3 [await]: #r \"nuget: Microsoft.Data.Sqlite, 9.0.0\" differs from the version the repository pins (10.0.13)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_RelativeIncludeSource_ExitsTwoNamingFileCellAndWhatWorks()
    {
        var folder = Folder(("01-relative.ipynb", Fixture("relative-include.ipynb")));
        var path = Path.Combine(folder, "01-relative.ipynb");

        var result = await CliHarness.Invoke(["lint", folder]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(
            $"{path}: cell 2 [setup]: #i \"nuget: ../artifacts/packages\": .NET Interactive rejects a relative package source (\"Invalid URI\"); "
            + "give an absolute path or a URI, or load the assembly with #r \"path/to/Library.dll\", which resolves relative to the notebook",
            result.Output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("cell 3 [absolute]", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 notebook(s) checked: 1 problem(s) in 1 notebook(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_NameOnlyOurKernelDefines_ExitsTwoNamingFileCellLineAndTheReplacement()
    {
        var folder = Folder(("01-kernel-only.ipynb", Fixture("kernel-only-name.ipynb")));
        var path = Path.Combine(folder, "01-kernel-only.ipynb");

        var result = await CliHarness.Invoke(["lint", folder]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(
            $"{path}: cell 3 [uses]: line 3: CellCancellationToken exists only in this repository's kernel; .NET Interactive fails with CS0103: "
            + "use CurrentCell.CancellationToken from the companion library (using AsyncPatterns.Interactive;)",
            result.Output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("cell 2 [mentions]", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 notebook(s) checked: 1 problem(s) in 1 notebook(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_TheCollection_FollowsItsOwnConventions()
    {
        var notebooks = Path.Combine(CliHarness.RepositoryRoot(), "notebooks");

        var result = await CliHarness.Invoke(["lint", notebooks]);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private static JsonObject Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)))!.AsObject();

    private static string Folder(params (string Name, JsonObject Notebook)[] notebooks)
    {
        var folder = Directory.CreateTempSubdirectory("nb-lint").FullName;
        foreach (var (name, notebook) in notebooks)
        {
            File.WriteAllText(Path.Combine(folder, name), notebook.ToJsonString());
        }

        return folder;
    }
}
