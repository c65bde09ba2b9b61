using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Tests.Formats;

public sealed class IpynbRoundTripTests
{
    private static Notebook Parse(string json) => IpynbReader.Parse(Encoding.UTF8.GetBytes(json), "test.ipynb");

    private static string Notebook(string cells, int minor = 5) =>
        $$"""{"cells": [{{cells}}], "metadata": {}, "nbformat": 4, "nbformat_minor": {{minor}}}""";

    [Theory]
    [InlineData("canonical.ipynb")]
    [InlineData("minor4.ipynb")]
    public void ReadThenWrite_CanonicalFixture_IsByteIdentical(string name)
    {
        var bytes = Fixture.Bytes(name);

        var written = Encoding.UTF8.GetBytes(IpynbWriter.Write(IpynbReader.Parse(bytes, name)));

        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(written));
        Assert.Equal(bytes, written);
    }

    [Fact]
    public void Parse_CanonicalFixture_ReadsCellsOutputsAndUnknownKeys()
    {
        var notebook = IpynbReader.Parse(Fixture.Bytes("canonical.ipynb"), "canonical.ipynb");

        Assert.Equal([CellKind.Markdown, CellKind.Code, CellKind.Code, CellKind.Raw], notebook.Cells.Select(c => c.Kind));
        Assert.Equal(["intro", "code-1", "empty_cell", "raw-1"], notebook.Cells.Select(c => c.Id));
        Assert.StartsWith("# Overview 📓\n\nUnicode: 日本語のテキスト", notebook.Cells[0].Source, StringComparison.Ordinal);
        Assert.NotNull(notebook.Cells[0].Extra["attachments"]);
        Assert.True(notebook.Cells[0].HasTag("intro"));
        var code = notebook.Cells[1];
        Assert.Equal(1, code.ExecutionCount);
        Assert.Equal(["stream", "display_data", "execute_result", "error"], code.Outputs.Select(o => (string?)o["output_type"]));
        Assert.Equal("hello\n世界 🌍\n", (string?)code.Outputs[0]["text"]);
        Assert.Equal("Table with 1 row", (string?)code.Outputs[1]["data"]!["text/plain"]);
        Assert.IsType<JsonObject>(code.Outputs[1]["data"]!["application/json"], exactMatch: false);
        Assert.Null(notebook.Cells[2].ExecutionCount);
        Assert.Equal("", notebook.Cells[2].Source);
        Assert.Equal("hand-written fixture", (string?)notebook.Extra["x_extra_top_level"]!["generator"]);
        Assert.Equal("その他", (string?)notebook.Metadata["custom_extension"]!["ほか"]);
    }

    [Fact]
    public void Parse_SourceAsStringOrList_GivesSameText()
    {
        var asString = Parse(Notebook("""{"cell_type": "code", "source": "a\nb\n", "metadata": {}, "outputs": [], "execution_count": null}"""));
        var asList = Parse(Notebook("""{"cell_type": "code", "source": ["a\n", "b\n"], "metadata": {}, "outputs": [], "execution_count": null}"""));

        Assert.Equal("a\nb\n", asString.Cells[0].Source);
        Assert.Equal(asString.Cells[0].Source, asList.Cells[0].Source);
        Assert.Equal(IpynbWriter.Write(asString), IpynbWriter.Write(asList));
        Assert.Contains("\"source\": [\n    \"a\\n\",\n    \"b\\n\"\n   ]", IpynbWriter.Write(asString), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Minor4WithoutIds_KeepsMinorAndWritesNoIds()
    {
        var notebook = Parse(Notebook("""{"cell_type": "markdown", "source": "x", "metadata": {}}""", minor: 4));

        Assert.Equal(4, notebook.FormatMinor);
        Assert.Null(notebook.Cells[0].Id);
        var written = IpynbWriter.Write(notebook);
        Assert.DoesNotContain("\"id\"", written, StringComparison.Ordinal);
        Assert.Contains("\"nbformat_minor\": 4\n", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Minor5WithIds_KeepsIds()
    {
        var notebook = Parse(Notebook("""{"cell_type": "markdown", "id": "a-b_C9", "source": "x", "metadata": {}}"""));

        Assert.Equal("a-b_C9", notebook.Cells[0].Id);
        Assert.Contains("\"id\": \"a-b_C9\"", IpynbWriter.Write(notebook), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(42)]
    public void Parse_AnyMinorOfMajor4_IsAccepted(int minor)
    {
        var notebook = Parse(Notebook("""{"cell_type": "raw", "source": "", "metadata": {}}""", minor));

        Assert.Equal(minor, notebook.FormatMinor);
        Assert.Contains($"\"nbformat_minor\": {minor}\n", IpynbWriter.Write(notebook), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmptySource_WritesEmptyList()
    {
        var notebook = new Notebook();
        notebook.Cells.Add(new NotebookCell(CellKind.Code, "", "c1"));

        var written = IpynbWriter.Write(notebook);

        Assert.Contains("\"source\": []", written, StringComparison.Ordinal);
        Assert.Contains("\"outputs\": []", written, StringComparison.Ordinal);
        Assert.Contains("\"execution_count\": null", written, StringComparison.Ordinal);
        Assert.EndsWith("}\n", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmptyNotebook_IsNbformatShape()
    {
        var written = IpynbWriter.Write(new Notebook());

        Assert.Equal("{\n \"cells\": [],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n", written);
    }

    [Fact]
    public void ReadThenWrite_WrittenOutput_IsStable()
    {
        foreach (var name in Fixture.Notebooks)
        {
            var once = IpynbWriter.Write(IpynbReader.Parse(Fixture.Bytes(name), name));
            var twice = IpynbWriter.Write(Parse(once));
            Assert.Equal(once, twice);
        }
    }
}
