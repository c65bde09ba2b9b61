using Notebooks.Cli.Workers;

namespace Notebooks.Cli.Tests.Workers;

/// <summary>Which engine a standby worker is started for, read from the raw arguments before they are parsed.</summary>
public sealed class EarlyWorkersTests
{
    [Theory]
    [InlineData(new[] { "run", "--", "--engine", "dotnet-interactive" }, "notebooks")]
    [InlineData(new[] { "run", "a.ipynb", "--engine" }, null)]
    [InlineData(new[] { "run", "a.ipynb", "-h" }, null)]
    [InlineData(new[] { "run", "a.ipynb", "/?" }, null)]
    [InlineData(new[] { "--engine", "dotnet-interactive", "run" }, null)]
    [InlineData(new string[0], null)]
    public void Engine_EdgeArguments_NameTheEngineTheParserWillSeeOrNone(string[] args, string? expected) =>
        Assert.Equal(expected, EarlyWorkers.Engine(args));

    [Theory]
    [InlineData("run", "--", "--engine")]
    [InlineData("run", "a.ipynb", "--engine", "dotnet-interactive", "-j", "2")]
    [InlineData("run", "a.ipynb")]
    public void Engine_ValidRun_IsTheEngineTheParserReads(params string[] args) =>
        Assert.Equal(CliApp.Create().Parse(args).GetValue<string>("--engine"), EarlyWorkers.Engine(args));

    [Fact]
    public void For_OtherCommand_StartsNoWorker() => Assert.Null(EarlyWorkers.For(["lint", "a.ipynb"]));
}
