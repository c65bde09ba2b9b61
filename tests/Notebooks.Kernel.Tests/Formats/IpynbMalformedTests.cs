using System.Text;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Tests.Formats;

/// <summary>Every malformed notebook is a NotebookFormatException naming the file and the place.</summary>
public sealed class IpynbMalformedTests
{
    private const string Path = "dir/bad.ipynb";

    private static NotebookFormatException Fails(byte[] bytes) =>
        Assert.Throws<NotebookFormatException>(() => IpynbReader.Parse(bytes, Path));

    private static NotebookFormatException Fails(string json) => Fails(Encoding.UTF8.GetBytes(json));

    private static string WithCells(string cells) =>
        $$"""{"cells": [{{cells}}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""";

    private static void AssertNames(NotebookFormatException e, string place)
    {
        Assert.StartsWith(Path + ":", e.Message, StringComparison.Ordinal);
        Assert.Contains(place, e.Message, StringComparison.Ordinal);
        Assert.Equal(Path, e.Path);
    }

    [Fact]
    public void Parse_NotJson_NamesLineAndColumn()
    {
        var e = Fails("{\n \"cells\": [,]\n}");

        AssertNames(e, Path + ":2:12: not valid JSON");
        Assert.Equal("2:12", e.Location);
    }

    [Fact]
    public void Parse_NotJsonAfterNonAsciiText_CountsColumnInCharacters()
    {
        var e = Fails("{\"metadata\": {\"t\": \"日本🎉\", x}}");

        Assert.Equal("1:28", e.Location);
    }

    [Theory]
    [InlineData("""{"nbformat": 3, "nbformat_minor": 0, "worksheets": []}""", "nbformat 3")]
    [InlineData("""{"nbformat": 5, "nbformat_minor": 0, "cells": []}""", "nbformat 5")]
    [InlineData("""{"nbformat": "4", "nbformat_minor": 5, "cells": []}""", "\"nbformat\"")]
    [InlineData("""{"nbformat": 4, "cells": []}""", "\"nbformat_minor\"")]
    [InlineData("""{"nbformat": 4, "nbformat_minor": -1, "cells": []}""", "\"nbformat_minor\"")]
    [InlineData("""{"nbformat": 4, "nbformat_minor": 2147483648, "cells": []}""", "\"nbformat_minor\"")]
    [InlineData("""{"nbformat": 1e400, "nbformat_minor": 5, "cells": []}""", "bad.ipynb:1:14: a number is too large")]
    [InlineData("""{"nbformat": 4, "nbformat_minor": 5, "cells": [], "metadata": {"x": -1.5E+999}}""", "bad.ipynb:1:69: a number is too large")]
    [InlineData("""{"nbformat": 4.0, "nbformat_minor": 5, "cells": []}""", "\"nbformat\"")]
    [InlineData("""{"nbformat": 4, "nbformat_minor": 5, "metadata": {}}""", "\"cells\"")]
    [InlineData("""{"nbformat": 4, "nbformat_minor": 5, "cells": {}}""", "\"cells\"")]
    [InlineData("""{"nbformat": 4, "nbformat_minor": 5, "cells": [], "metadata": []}""", "\"metadata\"")]
    [InlineData("""[1, 2]""", "top level")]
    [InlineData("""null""", "top level")]
    public void Parse_BadTopLevel_NamesTheField(string json, string place)
    {
        AssertNames(Fails(json), place);
    }

    [Theory]
    [InlineData("""{"cell_type": "markdown", "source": ""}, {"source": "x"}""", "cell 2: the cell has no \"cell_type\"")]
    [InlineData("""{"cell_type": "heading", "source": "x"}""", "cell 1: unknown cell_type \"heading\"")]
    [InlineData("""{"cell_type": 7, "source": "x"}""", "cell 1:")]
    [InlineData("""3""", "cell 1: the cell is not a JSON object")]
    [InlineData("""{"cell_type": "code", "id": "has space", "source": ""}""", "cell 1: \"id\"")]
    [InlineData("""{"cell_type": "code", "id": "", "source": ""}""", "cell 1: \"id\"")]
    [InlineData("""{"cell_type": "code", "id": 12, "source": ""}""", "cell 1: \"id\"")]
    [InlineData("""{"cell_type": "code", "id": "c1", "source": "", "outputs": {}}""", "cell 1 [c1]: \"outputs\" is not a list")]
    [InlineData("""{"cell_type": "code", "id": "c1", "source": "", "outputs": [1]}""", "cell 1 [c1]: an output is not a JSON object")]
    [InlineData("""{"cell_type": "code", "id": "c1", "source": "", "outputs": [{"text": "x"}]}""", "cell 1 [c1]: an output has no")]
    [InlineData("""{"cell_type": "code", "id": "c1", "source": "", "outputs": [{"output_type": "stream"}]}""", "cell 1 [c1]:")]
    [InlineData("""{"cell_type": "code", "id": "c1", "source": "", "outputs": [{"output_type": "display_data", "data": []}]}""", "cell 1 [c1]:")]
    [InlineData("""{"cell_type": "code", "id": "c1", "source": "", "outputs": [{"output_type": "display_data", "data": {"text/plain": [1]}}]}""", "cell 1 [c1]:")]
    [InlineData("""{"cell_type": "code", "id": "c1", "source": "", "execution_count": "x"}""", "cell 1 [c1]: \"execution_count\"")]
    [InlineData("""{"cell_type": "code", "id": "c1", "source": "", "execution_count": 4294967297}""", "cell 1 [c1]: \"execution_count\"")]
    [InlineData("""{"cell_type": "code", "id": "c1", "source": {}}""", "cell 1 [c1]: \"source\"")]
    [InlineData("""{"cell_type": "code", "id": "c1", "source": ["a", 1]}""", "cell 1 [c1]: \"source\"")]
    [InlineData("""{"cell_type": "code", "id": "c1"}""", "cell 1 [c1]: \"source\"")]
    [InlineData("""{"cell_type": "markdown", "id": "c1", "source": "", "metadata": []}""", "cell 1 [c1]: \"metadata\"")]
    public void Parse_BadCell_NamesTheCell(string cells, string place)
    {
        AssertNames(Fails(WithCells(cells)), place);
    }

    [Fact]
    public void Parse_HugeCellSource_NamesTheCell()
    {
        var json = WithCells($$"""{"cell_type": "markdown", "source": ""}, {"cell_type": "code", "id": "big", "source": "{{new string('x', 50 * 1024 * 1024)}}"}""");

        var e = Fails(json);

        AssertNames(e, "cell 2 [big]: the cell holds 50 MB");
    }

    [Fact]
    public void Parse_RandomBinary_IsFormatError()
    {
        var random = new Random(1234);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 512)];
            random.NextBytes(bytes);
            Assert.StartsWith(Path + ":", Fails(bytes).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })]
    public void Parse_InvalidUtf8InString_IsFormatError(byte[] junk)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"cells\": [], \"metadata\": {\"a\": \"").Concat(junk).Concat("\"}, \"nbformat\": 4, \"nbformat_minor\": 5}"u8.ToArray()).ToArray();

        AssertNames(Fails(bytes), Path + ":1:");
    }

    [Theory]
    [InlineData("""{"cell_type": "markdown", "source": "\ud800"}""")]
    [InlineData("""{"cell_type": "markdown", "source": "x", "metadata": {"k": "\udc00\ud800"}}""")]
    public void Parse_LoneSurrogateEscape_IsFormatError(string cells)
    {
        Assert.StartsWith(Path + ":", Fails(WithCells(cells)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"nbformat": 4, "nbformat": 4, "nbformat_minor": 5, "cells": []}""")]
    [InlineData("""{"nbformat": 4, "nbformat_minor": 5, "cells": [{"cell_type": "raw", "source": "", "source": ""}]}""")]
    [InlineData("""{"nbformat": NaN, "nbformat_minor": 5, "cells": []}""")]
    public void Parse_JsonOnlyPythonAccepts_IsFormatError(string json)
    {
        Assert.StartsWith(Path + ":", Fails(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeepNesting_IsFormatError()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var cell = """{"cell_type": "raw", "source": "", "metadata": {"d": DEEP}}""".Replace("DEEP", deep, StringComparison.Ordinal);

        AssertNames(Fails(WithCells(cell)), "not valid JSON");
    }

    [Fact]
    public void Parse_Utf8Bom_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Fixture.Bytes("minor4.ipynb")).ToArray();

        Assert.Equal(2, IpynbReader.Parse(bytes, Path).Cells.Count);
    }

    [Fact]
    public void Read_MissingFile_NamesTheFile()
    {
        var missing = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.ipynb");

        var e = Assert.Throws<NotebookFormatException>(() => NotebookFile.Read(missing));

        Assert.Equal($"{missing}: no such file", e.Message);
    }
}
