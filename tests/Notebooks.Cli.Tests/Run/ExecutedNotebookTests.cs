using System.Text.Json.Nodes;
using Notebooks.Cli.Tests.Support;
using Notebooks.Kernel.Tests.Formats;
using Xunit.Abstractions;

namespace Notebooks.Cli.Tests.Run;

public sealed class ExecutedNotebookTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Run_WritesTheExecutedCopyToTheOutputFolder_AndLeavesTheSourceAlone()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        var before = await File.ReadAllBytesAsync(cli.PathOf("passing.ipynb"));

        await cli.Run("passing.ipynb");

        Assert.Equal(before, await File.ReadAllBytesAsync(cli.PathOf("passing.ipynb")));
        var cells = Cells(Path.Combine(cli.Output, "passing.ipynb"));
        Assert.Equal("hello\n", Text(cells[2]["outputs"]![0]!["text"]));
        Assert.Equal("42", Text(cells[2]["outputs"]![1]!["data"]!["text/plain"]));
        Assert.Equal(2, cells[2]["execution_count"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("notebooks")]
    [InlineData("dotnet-interactive")]
    public async Task Run_ContinueOnErrorAfterACellThatIgnoresItsTimeout_RunsTheNextCellFromTheLastCompletedState(string engine)
    {
        var cli = CliHarness.WithFixtures("abandoned-cell.ipynb");

        var result = await cli.Run(CliHarness.ShortGrace, "abandoned-cell.ipynb", "--continue-on-error", "--engine", engine);

        Assert.True(result.ExitCode == 2, result.ToString());
        var cells = Cells(Path.Combine(cli.Output, "abandoned-cell.ipynb"));
        Assert.Equal("TimeoutError", cells[1]["outputs"]![0]!["ename"]!.GetValue<string>());
        var after = cells[2]["outputs"]!.AsArray().Single(o => o!["output_type"]!.GetValue<string>() == "execute_result");
        var data = after!["data"]!; // .NET Interactive shows a value as HTML only
        Assert.Matches("^42$|<pre>42</pre>", data["text/plain"] is { } plain ? Text(plain) : Text(data["text/html"]));
    }

    [Fact]
    public async Task Run_Folder_SkipsTheOutputFolderInsideIt()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        await CliHarness.Invoke(["run", cli.Folder, "--output", Path.Combine(cli.Folder, "executed")]);

        var second = await CliHarness.Invoke(["run", cli.Folder, "--output", Path.Combine(cli.Folder, "executed")]);

        Assert.Contains("1 notebook(s): 1 passed", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InPlace_ReplacesTheSourceWithTheExecutedNotebook()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");

        var result = await CliHarness.Invoke(["run", cli.PathOf("passing.ipynb"), "--in-place"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("42", Text(Cells(cli.PathOf("passing.ipynb"))[2]["outputs"]![1]!["data"]!["text/plain"]));
        Assert.Equal(["passing.ipynb"], Directory.GetFiles(cli.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Run_InPlaceOnADib_ExitsOneWithoutTouchingIt()
    {
        var cli = CliHarness.WithFixtures("hello.dib");
        var before = await File.ReadAllTextAsync(cli.PathOf("hello.dib"));

        var result = await CliHarness.Invoke(["run", cli.PathOf("hello.dib"), "--in-place"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot store outputs in a .dib", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(cli.PathOf("hello.dib")));
    }

    [Fact]
    public async Task Run_Dib_IsWrittenAsAnExecutedIpynb()
    {
        var cli = CliHarness.WithFixtures("hello.dib");

        await cli.Run("hello.dib");

        var cells = Cells(Path.Combine(cli.Output, "hello.ipynb"));
        Assert.Equal("markdown", cells[0]["cell_type"]!.GetValue<string>());
        var outputs = cells[2]["outputs"]!.AsArray().Select(o => o!).ToList();
        Assert.Equal("hello dib", Text(outputs.Single(o => o["output_type"]!.GetValue<string>() == "execute_result")!["data"]!["text/plain"]));
        Assert.Matches(@"^Wall time: \d+ ms$", Text(outputs.Single(o => o["output_type"]!.GetValue<string>() == "display_data")!["data"]!["text/plain"]));
    }

    [Fact]
    public async Task Run_Outputs_KeepTheOrderTheyHappened()
    {
        var cli = CliHarness.WithFixtures("display-order.ipynb");

        await cli.Run("display-order.ipynb");

        var outputs = Cells(Path.Combine(cli.Output, "display-order.ipynb"))[0]["outputs"]!.AsArray().Select(o => o!);
        Assert.Equal(
            ["stream:first\n", "display_data:second", "stream:third\n", "stream:fourth\n", "execute_result:fifth"],
            outputs.Select(o => o["output_type"]!.GetValue<string>() + ":" + Text(o["text"] ?? o["data"]!["text/plain"])));
    }

    [Fact]
    public async Task Run_Unicode_RoundTripsInSourceAndOutputs()
    {
        var cli = CliHarness.WithFixtures("unicode.ipynb");

        await cli.Run("unicode.ipynb");

        var text = await File.ReadAllTextAsync(Path.Combine(cli.Output, "unicode.ipynb"));
        Assert.Contains("# Ünïcödé — 日本語 🚀", text, StringComparison.Ordinal);
        Assert.Contains("héllo 世界 🚀\\n", text, StringComparison.Ordinal);
        Assert.Contains("\"naïve ✓\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NuGetPackageWithANativeLibrary_RunsSqlite()
    {
        var cli = CliHarness.WithFixtures("nuget-sqlite.ipynb");

        var result = await cli.Run("nuget-sqlite.ipynb");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^3\.\d+\.\d+$", Text(Cells(Path.Combine(cli.Output, "nuget-sqlite.ipynb"))[1]["outputs"]![0]!["data"]!["text/plain"]));
    }

    [Fact]
    public async Task Run_ExecutedNotebooks_PassNbformatValidate()
    {
        string[] fixtures = ["passing.ipynb", "runtime-error.ipynb", "compile-error.ipynb", "display-order.ipynb", "unicode.ipynb", "hello.dib", "skip.ipynb", "timeout.ipynb", "other-kernel.ipynb"];
        var cli = CliHarness.WithFixtures(fixtures);
        await cli.Run(cli.Folder, "--continue-on-error");
        if (PythonNbformat.RequireOrSkip(log) is not { } python)
        {
            return;
        }

        foreach (var executed in Directory.GetFiles(cli.Output, "*.ipynb"))
        {
            var (exitCode, _, stderr) = PythonNbformat.Run(python, "import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", executed);
            Assert.True(exitCode == 0, $"{Path.GetFileName(executed)} is not valid nbformat:\n{stderr}");
        }

        Assert.Equal(fixtures.Length, Directory.GetFiles(cli.Output, "*.ipynb").Length);
    }

    private static JsonNode[] Cells(string path) => [.. JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray().Select(c => c!)];

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        _ => node!.GetValue<string>(),
    };
}
