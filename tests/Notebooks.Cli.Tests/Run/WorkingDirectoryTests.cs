using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Run;

/// <summary>Paths relative to the folder a run starts in; the test changes the process's working directory.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class WorkingDirectoryTests
{
    [Fact]
    public async Task Run_RelativePaths_ResolveAgainstTheDirectoryTheRunStartedIn()
    {
        var cli = CliHarness.WithFixtures("passing.ipynb");
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = cli.Folder;
        try
        {
            var result = await CliHarness.Invoke(["run", "passing.ipynb", "--output", "out"]);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("-> " + Path.Combine("out", "passing.ipynb"), result.Output, StringComparison.Ordinal);
            Assert.Equal(["passing.ipynb"], Directory.GetFiles(Path.Combine(cli.Folder, "out")).Select(Path.GetFileName));
            Assert.Equal(cli.Folder, Environment.CurrentDirectory);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
