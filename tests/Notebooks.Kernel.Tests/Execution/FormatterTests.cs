using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Execution;

/// <summary>Values go through Microsoft.DotNet.Interactive.Formatting, the instance cells reference: its HTML, its plain text, its
/// <c>Formatter.Register</c> and its reading of the <c>TypeFormatterSourceAttribute</c> convention.</summary>
public sealed class FormatterTests
{
    private const string ConventionTypes = """
        [AttributeUsage(AttributeTargets.Class)]
        public class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
        {
            public Type FormatterSourceType { get; } = formatterSourceType;
            public string[]? PreferredMimeTypes { get; set; }
        }
        public class WidgetHtml
        {
            public string MimeType => "text/html";
            public bool Format(object value, System.IO.TextWriter writer) { writer.Write($"<b>{((Widget)value).Name}</b>"); return true; }
        }
        public class WidgetSvg
        {
            public string MimeType => "image/svg+xml";
            public bool Format(object value, System.IO.TextWriter writer) { writer.Write("<svg/>"); return true; }
        }
        public class BrokenHtml
        {
            public string MimeType => "text/html";
            public bool Format(object value, System.IO.TextWriter writer) => throw new InvalidOperationException("formatter bug");
        }
        public class WidgetFormatters { public System.Collections.IEnumerable CreateTypeFormatters() => new object[] { new WidgetHtml(), new WidgetSvg() }; }
        public class BrokenFormatters { public System.Collections.IEnumerable CreateTypeFormatters() => new object[] { new BrokenHtml() }; }
        [TypeFormatterSource(typeof(WidgetFormatters), PreferredMimeTypes = new[] { "text/html", "image/svg+xml" })]
        public record Widget(string Name);
        [TypeFormatterSource(typeof(BrokenFormatters))]
        public record Gadget(string Name);
        """;

    [Fact]
    public async Task ReturnValue_TypeWithAConventionAttributeOfItsOwn_HasItsPreferredMimeTypesAndPlainText()
    {
        await using var kernel = new CSharpKernel();
        await CellRun.Of(kernel, ConventionTypes);

        var run = await CellRun.Of(kernel, "new Widget(\"gear\")");

        var data = Assert.Single(run.Events.OfType<ReturnValueEvent>()).Value.Data;
        Assert.Equal(["text/plain", "text/html", "image/svg+xml"], data.Select(p => p.Key));
        Assert.Equal("<b>gear</b>", data[1].Value);
        Assert.Equal("<svg/>", data[2].Value);
        Assert.Contains("Name: gear", data[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Display_FormatterThatThrows_GivesAnErrorNotACrash()
    {
        await using var kernel = new CSharpKernel();
        await CellRun.Of(kernel, ConventionTypes);

        var run = await CellRun.Of(kernel, "new Gadget(\"cog\")");

        Assert.Equal(CellStatus.Succeeded, run.Status);
        var shown = Assert.Single(run.Events.OfType<ReturnValueEvent>()).Value;
        Assert.Contains("Name: cog", shown.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(shown.Data, p => p.Key == "text/html");
        Assert.Contains("formatter bug", Assert.Single(shown.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnValue_TheRealAttributeAndFormatterSource_AreUsedWithoutReferencingTheLibrary()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, """
            using Microsoft.DotNet.Interactive.Formatting;
            public class CsvFormatter : ITypeFormatter
            {
                public string MimeType => "text/csv";
                public Type Type => typeof(Table);
                public bool Format(object value, FormatContext context) { context.Writer.Write("a,b"); return true; }
            }
            public class Sources : ITypeFormatterSource { public IEnumerable<ITypeFormatter> CreateTypeFormatters() => [new CsvFormatter()]; }
            [TypeFormatterSource(typeof(Sources), PreferredMimeTypes = new[] { "text/csv" })]
            public class Table { }
            new Table()
            """);

        Assert.True(run.Status == CellStatus.Succeeded, run.Error?.Summary);
        Assert.Equal(["text/plain", "text/csv"], run.Events.OfType<ReturnValueEvent>().Single().Value.Data.Select(p => p.Key));
        Assert.Contains(run.Events.OfType<ReturnValueEvent>().Single().Value.Data, p => p.Key == "text/csv" && p.Value == "a,b");
    }

    [Fact]
    public async Task FormatterRegister_InACell_IsWhatTheKernelShowsTheTypeWith()
    {
        await using var kernel = new CSharpKernel();
        await CellRun.Of(kernel, """
            public record Temperature(double Celsius);
            Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Temperature>((t, writer) => writer.Write($"<em>{t.Celsius} °C</em>"), "text/html");
            """);

        var run = await CellRun.Of(kernel, "display(new Temperature(21.5));\nnew Temperature(-3)");

        Assert.True(run.Status == CellStatus.Succeeded, run.Error?.Summary);
        Assert.Contains(run.Displays.Single().Value.Data, p => p.Key == "text/html" && p.Value == "<em>21.5 °C</em>");
        var value = run.Events.OfType<ReturnValueEvent>().Single().Value;
        Assert.Equal(["text/plain", "text/html"], value.Data.Select(p => p.Key));
        Assert.Equal("<em>-3 °C</em>", value.Data[1].Value);
    }

    [Theory]
    [InlineData("new[] { 1, 2, 3 }", "[ 1, 2, 3 ]")]
    [InlineData("new List<string> { \"A\", \"B\" }", "[ A, B ]")]
    [InlineData("Array.Empty<int>()", "[  ]")]
    public async Task ReturnValue_Collections_AreHtmlAsPolyglotShowsThem_WithTheSamePlainText(string code, string text)
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, code);

        var data = run.Events.OfType<ReturnValueEvent>().Single().Value.Data;
        Assert.Equal(["text/plain", "text/html"], data.Select(p => p.Key));
        Assert.Equal(text, data[0].Value);
        Assert.StartsWith($"<div class=\"dni-plaintext\"><pre>{text}</pre></div>", data[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnValue_ARecord_IsAnHtmlTreeView()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "public record Point(int X, int Y);\nnew Point(1, 2)");

        var html = run.Events.OfType<ReturnValueEvent>().Single().Value.Data.Single(p => p.Key == "text/html").Value;
        Assert.Contains("dni-treeview", html, StringComparison.Ordinal);
        Assert.Contains("<td>X</td>", html, StringComparison.Ordinal);
    }
}
