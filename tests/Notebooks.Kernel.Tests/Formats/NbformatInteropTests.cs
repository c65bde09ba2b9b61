using System.Text;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;
using Xunit.Abstractions;

namespace Notebooks.Kernel.Tests.Formats;

/// <summary>Checks IpynbWriter against Python's own nbformat (skipped locally, required in CI, when nbformat is missing).</summary>
public sealed class NbformatInteropTests(ITestOutputHelper output)
{
    // nbformat.write appends "\n" only when writes() did not end with one; this mirrors it exactly.
    private const string WriteScript =
        "import nbformat,sys\n" +
        "nb = nbformat.read(sys.argv[1], as_version=4)\n" +
        "s = nbformat.writes(nb)\n" +
        "sys.stdout.write(s if s.endswith('\\n') else s + '\\n')\n";

    // Raises ValidationError (non-zero exit) instead of only logging it, as nbformat.read does.
    private const string ValidateScript =
        "import json,nbformat,sys\n" +
        "nb = nbformat.from_dict(json.load(open(sys.argv[1], encoding='utf-8')))\n" +
        "nbformat.validate(nb)\n";

    [Theory]
    [InlineData("canonical.ipynb")]
    [InlineData("minor4.ipynb")]
    [InlineData("noncanonical.ipynb")]
    public void Write_Fixture_MatchesPythonNbformatBytes(string name)
    {
        if (PythonNbformat.RequireOrSkip(output) is not { } python)
        {
            return;
        }

        var (exit, expected, stderr) = PythonNbformat.Run(python, WriteScript, Fixture.PathOf(name));
        Assert.True(exit == 0, $"nbformat failed on {name}: {stderr}");

        var ours = Encoding.UTF8.GetBytes(IpynbWriter.Write(IpynbReader.Parse(Fixture.Bytes(name), name)));

        Assert.Equal(PythonNbformat.Utf8(expected), PythonNbformat.Utf8(ours));
        Assert.Equal(expected, ours);
    }

    [Fact]
    public void Write_DibNotebook_PassesNbformatValidate()
    {
        AssertValid(DibReader.Parse(Fixture.Text("sample.dib"), "sample.dib"));
    }

    [Fact]
    public void Write_FixturesWithoutExtraKeys_PassNbformatValidate()
    {
        foreach (var name in Fixture.Notebooks)
        {
            var notebook = IpynbReader.Parse(Fixture.Bytes(name), name);
            notebook.Extra.Clear();
            AssertValid(notebook);
        }
    }

    [Fact]
    public void Write_NotebookBuiltInCode_PassesNbformatValidate()
    {
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellKind.Markdown, "", "md"));
        var code = new NotebookCell(CellKind.Code, "1 + 1", "code") { ExecutionCount = 2 };
        code.Outputs.Add(new() { ["output_type"] = "execute_result", ["execution_count"] = 2, ["metadata"] = new System.Text.Json.Nodes.JsonObject(), ["data"] = new System.Text.Json.Nodes.JsonObject { ["text/plain"] = "2\n3" } });
        code.Outputs.Add(new() { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "a\nb\n" });
        notebook.Cells.Add(code);
        notebook.Cells.Add(new NotebookCell(CellKind.Raw, "raw\n", "raw"));
        AssertValid(notebook);
    }

    private void AssertValid(Notebook notebook)
    {
        if (PythonNbformat.RequireOrSkip(output) is not { } python)
        {
            return;
        }

        var file = Path.Combine(Path.GetTempPath(), $"nbvalidate-{Guid.NewGuid():N}.ipynb");
        try
        {
            File.WriteAllText(file, IpynbWriter.Write(notebook), new UTF8Encoding(false));
            var (exit, _, stderr) = PythonNbformat.Run(python, ValidateScript, file);
            Assert.True(exit == 0, $"nbformat.validate rejected our output:\n{stderr}\n{File.ReadAllText(file)}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
