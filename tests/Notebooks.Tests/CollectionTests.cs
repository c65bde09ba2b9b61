using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Running;

namespace Notebooks.Tests;

/// <summary>Runs every notebook of the collection headlessly, as CI does, so none of them rots.</summary>
public sealed class CollectionTests
{
    public static TheoryData<string> Notebooks() => [.. Directory.GetFiles(Collection.Folder, "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_RunsWithEveryCellPassing(string name)
    {
        var path = Path.Combine(Collection.Folder, name);
        var notebook = NotebookFile.Read(path);

        var result = await new NotebookRunner(new RunOptions()).RunAsync(notebook, path);

        var failure = result.FirstFailure;
        Assert.True(failure is null, $"{name}: {failure?.Label} {failure?.Kind}: {failure?.FirstLine}\n{string.Join('\n', failure?.Error?.Traceback ?? [])}");
        Assert.All(result.Cells, c => Assert.NotEqual(CellResultKind.NotRun, c.Kind));
    }

    [Fact]
    public void Collection_HasNotebooks()
    {
        Assert.NotEmpty(Notebooks());
    }
}
