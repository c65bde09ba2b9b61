using System.Text.Json.Nodes;
using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Run;

public sealed class ParameterTests
{
    [Fact]
    public async Task Run_WithParameters_InjectsACellAfterTheParametersCell()
    {
        var cli = CliHarness.WithFixtures("parameters.ipynb");

        var result = await cli.Run("parameters.ipynb", "-p", "count=5", "-p", "greeting=hello there");

        Assert.True(result.ExitCode == 0, result.ToString());
        var cells = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(cli.Output, "parameters.ipynb")))!["cells"]!.AsArray();
        Assert.Equal("injected-parameters", cells[2]!["id"]!.GetValue<string>());
        Assert.Equal("// Parameters given on the command line\ncount = 5;\ngreeting = \"hello there\";", string.Concat(cells[2]!["source"]!.AsArray().Select(l => l!.GetValue<string>())));
        Assert.Equal("hello there x5", string.Concat(cells[3]!["outputs"]![0]!["data"]!["text/plain"]!.AsArray().Select(l => l!.GetValue<string>())));
    }

    [Fact]
    public async Task Run_WithAnUnknownParameter_ExitsOneNamingIt()
    {
        var cli = CliHarness.WithFixtures("parameters.ipynb");

        var result = await cli.Run("parameters.ipynb", "-p", "colour=red");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("-p colour: the parameters cell declares no variable named \"colour\" (it declares: count, greeting)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithParametersButNoParametersCell_ExitsOne()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");

        var result = await cli.Run("passing.ipynb", "-p", "count=1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no code cell is tagged \"parameters\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithAMalformedParameter_IsAUsageError()
    {
        var cli = CliHarness.WithFixtures("parameters.ipynb");

        var result = await cli.Run("parameters.ipynb", "-p", "count");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("expected name=value", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5", "5")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("true", "true")]
    [InlineData("hello \"you\"", "\"hello \\\"you\\\"\"")]
    [InlineData("1,5", "\"1,5\"")]
    public void Literal_TurnsAValueIntoACSharpExpression(string value, string expected)
    {
        Assert.Equal(expected, Notebooks.Kernel.Running.Parameters.Literal(value));
    }
}
