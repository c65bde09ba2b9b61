using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Running;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Execution;

[Collection(ProcessStateCollection.Name)]
public sealed class WorkingDirectoryTests
{
    [Fact]
    public async Task ExecuteAsync_NotebookInAnotherFolder_RunsInTheWorkingDirectoryTheProcessOwnerSet()
    {
        var folder = Directory.CreateTempSubdirectory("nb-cwd").FullName;
        await using var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = folder });

        var run = await CellRun.Of(kernel, "Environment.CurrentDirectory");

        Assert.Equal(Environment.CurrentDirectory, run.Value);
    }

    [Fact]
    public async Task NotebookRunner_NotebookInAnotherFolder_LeavesTheProcessWorkingDirectoryAlone()
    {
        var folder = Directory.CreateTempSubdirectory("nb-cwd").FullName;
        var notebook = TestNotebooks.WithCode("Environment.CurrentDirectory");

        await new NotebookRunner(new RunOptions()).RunAsync(notebook, Path.Combine(folder, "where.ipynb"));

        Assert.Equal(Environment.CurrentDirectory, notebook.Cells[1].Outputs.Single()["data"]!["text/plain"]!.GetValue<string>());
    }
}
