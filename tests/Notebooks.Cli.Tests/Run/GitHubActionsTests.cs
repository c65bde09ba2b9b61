using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Run;

/// <summary>Annotations for GitHub Actions, chosen from the process's <c>GITHUB_ACTIONS</c>, which these tests set.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class GitHubActionsTests
{
    [Fact]
    public async Task Run_OnGitHubActions_AnnotatesEachFailingCell()
    {
        var cli = CliHarness.WithFixtures("runtime-error.ipynb");
        var result = await CliHarness.WithEnvironment("GITHUB_ACTIONS", "true", () => cli.Run("runtime-error.ipynb"));

        var annotation = Assert.Single(result.Output.Split('\n'), l => l.StartsWith("::error ", StringComparison.Ordinal));
        Assert.StartsWith($"::error file={cli.PathOf("runtime-error.ipynb")},title=cell 2 [throws] failed::throw new InvalidOperationException", annotation, StringComparison.Ordinal);
        Assert.Contains("%0ASystem.InvalidOperationException: the cell failed on purpose", annotation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OffGitHubActions_PrintsNoAnnotations()
    {
        var cli = CliHarness.WithFixtures("runtime-error.ipynb");
        var result = await CliHarness.WithEnvironment("GITHUB_ACTIONS", null, () => cli.Run("runtime-error.ipynb"));

        Assert.DoesNotContain("::error", result.Output, StringComparison.Ordinal);
    }
}
