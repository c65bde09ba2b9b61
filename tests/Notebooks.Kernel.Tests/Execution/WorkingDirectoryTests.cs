using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Execution;

[Collection(ProcessStateCollection.Name)]
public sealed class WorkingDirectoryTests
{
    [Fact]
    public async Task ExecuteAsync_WorkingDirectoryOption_RunsCellsInThatFolder()
    {
        var folder = Directory.CreateTempSubdirectory("nb-cwd").FullName;
        var previous = Environment.CurrentDirectory;
        await using (var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = folder, SetWorkingDirectory = true }))
        {
            var run = await CellRun.Of(kernel, "Environment.CurrentDirectory");
            Assert.Equal(Path.GetFullPath(folder), run.Value);
        }

        Assert.Equal(previous, Environment.CurrentDirectory);
    }
}
