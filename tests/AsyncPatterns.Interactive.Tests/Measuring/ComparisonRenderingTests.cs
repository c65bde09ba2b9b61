using System.Globalization;
using System.Reflection;
using System.Xml.Linq;
using AsyncPatterns.Interactive.Formatting;
using Microsoft.Extensions.Time.Testing;
using static AsyncPatterns.Interactive.Measuring.Timing;
using Comparison = AsyncPatterns.Interactive.Measuring.Comparison;

namespace AsyncPatterns.Interactive.Tests.Measuring;

public sealed class ComparisonRenderingTests
{
    private static readonly string[] Names = ["sequential", "concurrent <5> & \"quoted\"", "it's batched"];
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task ToHtml_ThreeVariants_IsWellFormedAndNamesEveryVariant()
    {
        var comparison = await CompareThreeAsync();

        var html = XDocument.Parse(comparison.ToHtml());

        var cells = html.Descendants("td").Select(td => td.Value).ToArray();
        Assert.All(Names, name => Assert.Contains(name, cells));
        Assert.Single(html.Root!.Elements(XName.Get("svg", "http://www.w3.org/2000/svg")));
        Assert.Empty(html.Descendants("script"));
    }

    [Fact]
    public async Task ToSvg_ThreeVariants_IsWellFormedWithABarPerVariant()
    {
        var comparison = await CompareThreeAsync();
        XNamespace svg = "http://www.w3.org/2000/svg";

        var document = XDocument.Parse(comparison.ToSvg());

        Assert.Equal(svg + "svg", document.Root!.Name);
        Assert.Equal(3, document.Descendants(svg + "rect").Count());
        var texts = document.Descendants(svg + "text").Select(text => text.Value).ToArray();
        Assert.All(Names, name => Assert.Contains(name, texts));
    }

    [Fact]
    public async Task ToString_ThreeVariants_ListsEveryRowInAFixedWidthTable()
    {
        var comparison = await CompareThreeAsync();

        var lines = comparison.ToString().TrimEnd('\n').Split('\n');

        Assert.Equal(2 + Names.Length, lines.Length);
        Assert.StartsWith("variant", lines[0], StringComparison.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            Assert.StartsWith(Names[i], lines[i + 2], StringComparison.Ordinal);
        }

        Assert.EndsWith("fastest", lines[3], StringComparison.Ordinal);
        Assert.Contains("300 ms", lines[2], StringComparison.Ordinal);
        Assert.Contains("3.00x", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToString_CommaDecimalCulture_StaysInvariant()
    {
        var comparison = await CompareAsync(clock, 1, ("a", () => Take(12.5)), ("b", () => Take(25)));
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var text = comparison.ToString();

            Assert.Contains("12.5 ms", text, StringComparison.Ordinal);
            Assert.Contains("2.00x", text, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Comparison_FormatterConvention_DeclaresHtmlSvgAndText()
    {
        var attribute = typeof(Comparison).GetCustomAttribute<TypeFormatterSourceAttribute>()!;
        var source = (ComparisonFormatterSource)Activator.CreateInstance(attribute.FormatterSourceType)!;

        var mimeTypes = source.CreateTypeFormatters().Cast<ConventionFormatter<Comparison>>().Select(f => f.MimeType);

        Assert.Equal(["text/html", "image/svg+xml", "text/plain"], attribute.PreferredMimeTypes!);
        Assert.Equal(["text/html", "image/svg+xml", "text/plain"], mimeTypes);
    }

    [Fact]
    public async Task Format_HtmlFormatter_WritesTheHtml()
    {
        var comparison = await CompareThreeAsync();
        var formatter = new ComparisonFormatterSource().CreateTypeFormatters().Cast<ConventionFormatter<Comparison>>().First();
        using var writer = new StringWriter();

        Assert.True(formatter.Format(comparison, writer));
        Assert.Equal(comparison.ToHtml(), writer.ToString());
    }

    private Task<Comparison> CompareThreeAsync() =>
        CompareAsync(clock, 3, (Names[0], () => Take(300)), (Names[1], () => Take(100)), (Names[2], () => Take(150)));

    private Task Take(double milliseconds)
    {
        clock.Advance(TimeSpan.FromMilliseconds(milliseconds));
        return Task.CompletedTask;
    }
}
