using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Execution;

public sealed class FormatterTests
{
    private const string ConventionTypes = """
        [AttributeUsage(AttributeTargets.Class)]
        public class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
        {
            public Type FormatterSourceType { get; } = formatterSourceType;
            public string[]? PreferredMimeTypes { get; set; }
        }
        public class HtmlFormatter
        {
            public string MimeType => "text/html";
            public bool Format(object value, System.IO.TextWriter writer) { writer.Write($"<b>{((Widget)value).Name}</b>"); return true; }
        }
        public class BrokenFormatter
        {
            public string MimeType => "image/svg+xml";
            public bool Format(object value, System.IO.TextWriter writer) => throw new InvalidOperationException("formatter bug");
        }
        public class WidgetFormatters { public System.Collections.IEnumerable CreateTypeFormatters() => new object[] { new HtmlFormatter() }; }
        public class BrokenFormatters { public System.Collections.IEnumerable CreateTypeFormatters() => new object[] { new BrokenFormatter() }; }
        [TypeFormatterSource(typeof(WidgetFormatters))]
        public record Widget(string Name);
        [TypeFormatterSource(typeof(BrokenFormatters))]
        public record Gadget(string Name);
        """;

    [Fact]
    public async Task Display_TypeWithConventionAttribute_CarriesTheRichMimeTypeAndPlainText()
    {
        await using var kernel = new CSharpKernel();
        await CellRun.Of(kernel, ConventionTypes);

        var run = await CellRun.Of(kernel, "new Widget(\"gear\")");

        var data = Assert.Single(run.Events.OfType<ReturnValueEvent>()).Value.Data;
        Assert.Equal(["text/plain", "text/html"], data.Select(p => p.Key));
        Assert.Equal("<b>gear</b>", data[1].Value);
        Assert.Equal("Widget { Name = gear }", data[0].Value);
    }

    [Fact]
    public async Task Display_FormatterThatThrows_GivesAnErrorNotACrash()
    {
        await using var kernel = new CSharpKernel();
        await CellRun.Of(kernel, ConventionTypes);

        var run = await CellRun.Of(kernel, "display(new Gadget(\"cog\"));\n\"still running\"");

        Assert.Equal(CellStatus.Succeeded, run.Status);
        var shown = run.Displays.Single().Value;
        Assert.Equal("Gadget { Name = cog }", shown.PlainText);
        Assert.Contains("formatter bug", Assert.Single(shown.Errors), StringComparison.Ordinal);
        Assert.Equal("still running", run.Value);
    }

    [Fact]
    public async Task Display_AttributeFromTheRealDotNetInteractivePackage_IsFoundByConvention()
    {
        var formatting = typeof(Microsoft.DotNet.Interactive.Formatting.TypeFormatterSourceAttribute).Assembly.Location;
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, $$"""
            #r "{{formatting}}"
            public class CsvFormatter
            {
                public string MimeType => "text/csv";
                public bool Format(object value, System.IO.TextWriter writer) { writer.Write("a,b"); return true; }
            }
            public class Sources { public System.Collections.IEnumerable CreateTypeFormatters() => new object[] { new CsvFormatter() }; }
            [Microsoft.DotNet.Interactive.Formatting.TypeFormatterSource(typeof(Sources))]
            public class Table { }
            new Table()
            """);

        Assert.Equal(CellStatus.Succeeded, run.Status);
        Assert.Contains(run.Events.OfType<ReturnValueEvent>().Single().Value.Data, p => p.Key == "text/csv" && p.Value == "a,b");
    }
}
