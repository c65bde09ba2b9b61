using System.Text;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Tests.Formats;

public sealed class NotebookFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("notebookfile-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static Notebook Sample(string source)
    {
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellKind.Code, source, "c1"));
        return notebook;
    }

    [Fact]
    public void WriteAtomically_NewFile_WritesWriterOutputAsUtf8WithoutBom()
    {
        var path = Path.Combine(directory, "new.ipynb");
        var notebook = Sample("Console.WriteLine(\"日本 🎉\");");

        NotebookFile.WriteAtomically(notebook, path);

        Assert.Equal(Encoding.UTF8.GetBytes(IpynbWriter.Write(notebook)), File.ReadAllBytes(path));
        Assert.Equal("Console.WriteLine(\"日本 🎉\");", NotebookFile.Read(path).Cells.Single().Source);
    }

    [Fact]
    public void WriteAtomically_CellOverTheReaderLimit_IsRefusedAndNothingWritten()
    {
        var path = Path.Combine(directory, "huge.ipynb");
        var notebook = Sample("1");
        notebook.Cells[0].Outputs.Add(new() { ["name"] = "stdout", ["output_type"] = "stream", ["text"] = new string('y', NotebookLimits.MaxCellChars) });

        var error = Assert.Throws<NotebookFormatException>(() => NotebookFile.WriteAtomically(notebook, path));

        Assert.Equal($"{path}:cell 1: not written: the cell would hold 16 MB of text, over the 16 MB limit the reader accepts", error.Message);
        Assert.Empty(Directory.GetFiles(directory));
    }

    [Fact]
    public void WriteAtomically_Always_LeavesNoTemporaryFile()
    {
        var path = Path.Combine(directory, "clean.ipynb");

        NotebookFile.WriteAtomically(Sample("a"), path);
        NotebookFile.WriteAtomically(Sample("b"), path);

        Assert.Equal([path], Directory.GetFiles(directory));
    }

    [Fact]
    public void WriteAtomically_ExistingFile_IsReplaced()
    {
        var path = Path.Combine(directory, "existing.ipynb");
        File.WriteAllText(path, new string('x', 100_000));

        NotebookFile.WriteAtomically(Sample("replaced"), path);

        Assert.Equal("replaced", NotebookFile.Read(path).Cells.Single().Source);
        Assert.Equal(IpynbWriter.Write(Sample("replaced")), File.ReadAllText(path));
    }

    [Fact]
    public void WriteAtomically_MissingDirectory_IsCreated()
    {
        var path = Path.Combine(directory, "a", "b", "deep.ipynb");

        NotebookFile.WriteAtomically(Sample("x"), path);

        Assert.True(File.Exists(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void WriteAtomically_CanonicalFixture_IsByteIdentical()
    {
        var path = Path.Combine(directory, "copy.ipynb");

        NotebookFile.WriteAtomically(NotebookFile.Read(Fixture.PathOf("canonical.ipynb")), path);

        Assert.Equal(Fixture.Bytes("canonical.ipynb"), File.ReadAllBytes(path));
    }

    [Fact]
    public void Read_Directory_IsFormatErrorNamingIt()
    {
        var path = Path.Combine(directory, "folder.ipynb");
        Directory.CreateDirectory(path);

        var e = Assert.Throws<NotebookFormatException>(() => NotebookFile.Read(path));

        Assert.StartsWith(path + ":", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingDirectory_IsNoSuchFile()
    {
        var path = Path.Combine(directory, "nope", "x.dib");

        var e = Assert.Throws<NotebookFormatException>(() => NotebookFile.Read(path));

        Assert.Equal($"{path}: no such file", e.Message);
    }

    [Theory]
    [InlineData("x.ipynb", true)]
    [InlineData("X.IPYNB", true)]
    [InlineData("x.dib", true)]
    [InlineData("x.json", false)]
    [InlineData("ipynb", false)]
    public void IsNotebook_Extension_IsRecognized(string path, bool expected)
    {
        Assert.Equal(expected, NotebookFile.IsNotebook(path));
    }
}
