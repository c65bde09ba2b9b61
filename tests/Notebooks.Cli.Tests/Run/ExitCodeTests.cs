using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Run;

public sealed class ExitCodeTests
{
    [Theory]
    [InlineData("passing.ipynb", 0)]
    [InlineData("expected-error.ipynb", 0)]
    [InlineData("skip.ipynb", 0)]
    [InlineData("display-order.ipynb", 0)]
    [InlineData("unicode.ipynb", 0)]
    [InlineData("hello.dib", 0)]
    [InlineData("compile-error.ipynb", 2)]
    [InlineData("runtime-error.ipynb", 2)]
    [InlineData("expected-error-missing.ipynb", 2)]
    [InlineData("timeout.ipynb", 2)]
    [InlineData("other-kernel.ipynb", 2)]
    [InlineData("malformed.ipynb", 1)]
    [InlineData("restore-failure.ipynb", 3)]
    public async Task Run_Fixture_ExitsWithTheDocumentedCode(string fixture, int expected)
    {
        var cli = CliHarness.WithFixtures(fixture);

        var result = await cli.Run(fixture);

        Assert.True(expected == result.ExitCode, result.ToString());
    }

    [Theory]
    [InlineData("passing.ipynb", 0)]
    [InlineData("expected-error.ipynb", 0)]
    [InlineData("skip.ipynb", 0)]
    [InlineData("display-order.ipynb", 0)]
    [InlineData("hello.dib", 0)]
    [InlineData("compile-error.ipynb", 2)]
    [InlineData("runtime-error.ipynb", 2)]
    [InlineData("expected-error-missing.ipynb", 2)]
    [InlineData("sleeps-past-timeout.ipynb", 2)]
    [InlineData("other-kernel.ipynb", 2)]
    [InlineData("crash-fail-fast.ipynb", 2)]
    [InlineData("malformed.ipynb", 1)]
    [InlineData("restore-failure.ipynb", 3)]
    public async Task Run_FixtureOnDotNetInteractive_ExitsWithTheDocumentedCode(string fixture, int expected)
    {
        var cli = CliHarness.WithFixtures(fixture);

        var result = await cli.Run(fixture, "--engine", "dotnet-interactive");

        Assert.True(expected == result.ExitCode, result.ToString());
    }

    [Fact]
    public async Task Run_UnknownEngine_ExitsOneNamingTheEngines()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");

        var result = await cli.Run("passing.ipynb", "--engine", "python");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("dotnet-interactive", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingPath_ExitsOneNamingIt()
    {
        var result = await CliHarness.Invoke(["run", "/no/such/notebook.ipynb"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/no/such/notebook.ipynb: no such file or folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TwoNotebooksOfOneNameInOneOutputFolder_ExitsOneNamingBothBeforeRunning()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        var other = Directory.CreateDirectory(cli.PathOf("other")).FullName;
        File.Copy(cli.PathOf("passing.ipynb"), Path.Combine(other, "passing.ipynb"));

        var result = await cli.Run("passing.ipynb", Path.Combine(other, "passing.ipynb"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{cli.PathOf("passing.ipynb")} and {Path.Combine(other, "passing.ipynb")} would both be written to {Path.Combine(cli.Output, "passing.ipynb")}", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cli.Output));
    }

    [Fact]
    public async Task Run_FileThatIsNotANotebook_ExitsOne()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("nb-cli").FullName, "notes.txt");
        await File.WriteAllTextAsync(file, "text");

        var result = await CliHarness.Invoke(["run", file]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a notebook", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--timeout", "-3")]
    [InlineData("--timeout", "soon")]
    public async Task Run_BadOption_ExitsOne(params string[] args)
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");

        var result = await CliHarness.Invoke(["run", cli.PathOf("passing.ipynb"), .. args]);

        Assert.Equal(1, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public async Task Run_Mixed_InfrastructureWinsOverCellFailures()
    {
        var cli = CliHarness.WithFixtures("runtime-error.ipynb", "restore-failure.ipynb");

        var result = await cli.Run("runtime-error.ipynb", "restore-failure.ipynb");

        Assert.Equal(3, result.ExitCode);
    }
}
