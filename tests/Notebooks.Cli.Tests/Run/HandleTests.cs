using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Run;

/// <summary>The supervisor's own resources: a long collection must not run it out of file handles.</summary>
/// <remarks>It counts the test process's open files, which tests running beside it would change.</remarks>
[Collection(ProcessStateCollection.Name)]
public sealed class HandleTests
{
    [Fact]
    public async Task Run_ManyNotebooks_LeavesTheSupervisorsOpenFilesFlat()
    {
        if (!Directory.Exists("/proc/self/fd"))
        {
            return;
        }

        const int Notebooks = 20;
        var cli = CliHarness.WithFixtures("no-code.ipynb");
        var collection = Directory.CreateDirectory(cli.PathOf("collection")).FullName;
        for (var i = 0; i < Notebooks; i++)
        {
            File.Copy(cli.PathOf("no-code.ipynb"), Path.Combine(collection, $"n{i:00}.ipynb"));
        }

        // A first run opens what the process keeps for good (the thread pool's, the signal handling's).
        await cli.Run("no-code.ipynb");
        var before = OpenFiles();
        var result = await cli.Run(collection);
        var after = OpenFiles();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(after - before < Notebooks / 2, $"{after - before} more open files after {Notebooks} notebooks ({before} before)");
    }

    private static int OpenFiles() => Directory.GetFileSystemEntries("/proc/self/fd").Length;
}
