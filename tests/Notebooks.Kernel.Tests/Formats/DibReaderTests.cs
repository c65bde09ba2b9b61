using System.Text;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Tests.Formats;

public sealed class DibReaderTests
{
    private static Notebook Parse(string text) => DibReader.Parse(text, "test.dib");

    private static (CellKind Kind, string? Kernel, string Source)[] Summary(Notebook notebook) =>
        [.. notebook.Cells.Select(c => (c.Kind, CellMetadata.KernelName(c), c.Source))];

    [Fact]
    public void Parse_SampleFixture_SplitsCellsByKernelLines()
    {
        var notebook = DibReader.Parse(Fixture.Bytes("sample.dib"), "sample.dib");

        Assert.Equal(
            [
                (CellKind.Markdown, null, "# Title\n\nSome *markdown*."),
                (CellKind.Code, "csharp", "#!time\nvar x = 1;\nConsole.WriteLine(x);"),
                (CellKind.Code, "fsharp", "let y = 2"),
                (CellKind.Code, "csharp", "\"alias cell\""),
                (CellKind.Markdown, null, "More markdown."),
            ],
            Summary(notebook));
        Assert.Equal("csharp", notebook.DefaultKernelName);
        Assert.Equal(["cell-1", "cell-2", "cell-3", "cell-4", "cell-5"], notebook.Cells.Select(c => c.Id));
    }

    [Fact]
    public void Parse_CodeCell_RecordsKernelInBothMetadataKeys()
    {
        var cell = Parse("#!fsharp\nlet x = 1").Cells.Single();

        Assert.Equal("fsharp", (string?)cell.Metadata["polyglot_notebook"]!["kernelName"]);
        Assert.Equal("fsharp", (string?)cell.Metadata["dotnet_interactive"]!["language"]);
    }

    [Fact]
    public void Parse_TextBeforeFirstSeparator_GoesToDefaultKernel()
    {
        var notebook = Parse("Console.WriteLine(1);\n\n#!markdown\ntext");

        Assert.Equal([(CellKind.Code, "csharp", "Console.WriteLine(1);"), (CellKind.Markdown, null, "text")], Summary(notebook));
    }

    [Fact]
    public void Parse_DefaultKernelFromMeta_AppliesToLeadingText()
    {
        var notebook = Parse("#!meta\n{\"kernelInfo\":{\"defaultKernelName\":\"fsharp\"}}\nlet a = 1");

        Assert.Equal([(CellKind.Code, "fsharp", "let a = 1")], Summary(notebook));
    }

    [Fact]
    public void Parse_BlankLinesAroundCells_AreTrimmedButInnerBlankLinesKept()
    {
        var notebook = Parse("\n\n#!csharp\n\n  \nvar a = 1;\n\nvar b = 2;\n\n\t\n#!c#\n\n");

        Assert.Equal([(CellKind.Code, "csharp", "var a = 1;\n\nvar b = 2;")], Summary(notebook));
    }

    [Fact]
    public void Parse_Aliases_ResolveToKernels()
    {
        var notebook = Parse("#!c#\na\n#!md\nb\n#!f#\nc\n#!C#\nd");

        Assert.Equal(
            [(CellKind.Code, "csharp", "a"), (CellKind.Markdown, null, "b"), (CellKind.Code, "fsharp", "c"), (CellKind.Code, "csharp", "d")],
            Summary(notebook));
    }

    [Fact]
    public void Parse_MetaHeader_BecomesPolyglotNotebookMetadata()
    {
        var notebook = DibReader.Parse(Fixture.Bytes("sample.dib"), "sample.dib");

        Assert.Equal("csharp", (string?)notebook.Metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        Assert.Contains("\"polyglot_notebook\": {\n   \"kernelInfo\"", IpynbWriter.Write(notebook), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"kernelInfo\": 3}")]
    [InlineData("{\"kernelInfo\": {\"defaultKernelName\": [], \"items\": {}}}")]
    [InlineData("{\"kernelInfo\": {\"items\": [3, {\"name\": 1}, {\"name\": \"k\", \"aliases\": \"a\"}]}}")]
    public void Parse_OddKernelInfo_FallsBackToCSharp(string header)
    {
        var notebook = Parse($"#!meta\n{header}\nx");

        Assert.Equal([(CellKind.Code, "csharp", "x")], Summary(notebook));
    }

    [Fact]
    public void Parse_KernelFromMetaItems_IsRecognizedWithAliases()
    {
        var text = "#!meta\n{\"kernelInfo\":{\"items\":[{\"name\":\"vscode\",\"aliases\":[\"frontend\"]}]}}\n#!frontend\nx\n#!vscode\ny";

        Assert.Equal([(CellKind.Code, "vscode", "x"), (CellKind.Code, "vscode", "y")], Summary(Parse(text)));
    }

    [Fact]
    public void Parse_UnknownMagicLines_StayInsideTheCell()
    {
        var notebook = Parse("#!csharp\n#!time\n#!nuget-thing\n#!who\nx");

        Assert.Equal("#!time\n#!nuget-thing\n#!who\nx", notebook.Cells.Single().Source);
    }

    [Fact]
    public void Parse_CrLfLineEndings_AreNormalized()
    {
        var notebook = Parse("#!csharp\r\nvar a = 1;\r\nvar b = 2;\r\n#!markdown\r\nm\r\n");

        Assert.Equal([(CellKind.Code, "csharp", "var a = 1;\nvar b = 2;"), (CellKind.Markdown, null, "m")], Summary(notebook));
    }

    [Fact]
    public void Parse_EmptyText_HasNoCells()
    {
        Assert.Empty(Parse("").Cells);
        Assert.Empty(Parse("\n\n#!csharp\n\n#!markdown\n").Cells);
    }

    [Theory]
    [InlineData("#!meta\n\n{\"kernelInfo\": }\n#!csharp\nx", "test.dib:3:16: not valid JSON")]
    [InlineData("\n#!meta\n{\"a\": \"日本\" x}", "test.dib:3:12: not valid JSON")]
    [InlineData("#!meta\n[1, 2]\n#!csharp\nx", "test.dib:2:1: the #!meta header is not a JSON object")]
    [InlineData("#!meta\n{\"a\": \"\\ud800\"}", "test.dib:2:7:")]
    [InlineData("\n#!meta\n\n", "test.dib:2:1: the #!meta header has no JSON line")]
    public void Parse_BrokenMetaHeader_NamesTheLine(string text, string expected)
    {
        var e = Assert.Throws<NotebookFormatException>(() => Parse(text));

        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8Bytes_IsFormatError()
    {
        var bytes = Encoding.UTF8.GetBytes("#!csharp\nvar s = \"").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var e = Assert.Throws<NotebookFormatException>(() => DibReader.Parse(bytes, "test.dib"));

        Assert.StartsWith("test.dib: not UTF-8 text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DibFile_UsesDibReader()
    {
        var notebook = NotebookFile.Read(Fixture.PathOf("sample.dib"));

        Assert.Equal(5, notebook.Cells.Count);
    }
}
