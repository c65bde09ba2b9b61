using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Kernel.Display;
using Rendering = Microsoft.DotNet.Interactive.Formatting.FormattedValue;

namespace Notebooks.Kernel.Tests.Display;

/// <summary>Every value shows with <c>text/plain</c> first, besides what Formatting renders; a formatter that throws costs its rendering, not the value.</summary>
public sealed class ValueFormatterTests
{
    private static readonly ValueFormatter Formatter = new();

    static ValueFormatterTests()
    {
        Microsoft.DotNet.Interactive.Formatting.Formatter.Register<HtmlBroken>((_, _) => throw new InvalidOperationException("html bug"), HtmlFormatter.MimeType);
        Microsoft.DotNet.Interactive.Formatting.Formatter.Register<AllBroken>((_, _) => throw new InvalidOperationException("html bug"), HtmlFormatter.MimeType);
        Microsoft.DotNet.Interactive.Formatting.Formatter.Register<AllBroken>((_, _) => throw new InvalidOperationException("text bug"), PlainTextFormatter.MimeType);
    }

    [Fact]
    public void Format_String_IsPlainTextOnly()
    {
        var value = Formatter.Format("hello <b>");

        Assert.Equal([new("text/plain", "hello <b>")], value.Data);
        Assert.Empty(value.Errors);
    }

    [Fact]
    public void Format_Number_IsPlainTextFirstThenHtml()
    {
        var value = Formatter.Format(42);

        Assert.Equal(["text/plain", "text/html"], value.Data.Select(d => d.Key));
        Assert.Equal("42", value.PlainText);
    }

    [Theory]
    [InlineData(new[] { "text/html" }, new[] { "text/plain", "text/html" })]
    [InlineData(new[] { "text/plain" }, new[] { "text/plain" })]
    [InlineData(new[] { "text/html", "text/plain" }, new[] { "text/plain", "text/html" })]
    public void Format_MimeTypesAsked_AreShownBesidesPlainTextFirst(string[] asked, string[] expected) =>
        Assert.Equal(expected, Formatter.Format(42, asked).Data.Select(d => d.Key));

    [Fact]
    public void Format_FormattingRendering_IsShownAsItIsWithPlainTextAdded()
    {
        var value = Formatter.Format(new Rendering("image/svg+xml", "<svg/>"));

        Assert.Equal(["text/plain", "image/svg+xml"], value.Data.Select(d => d.Key));
        Assert.Equal("<svg/>", value.Data[1].Value);
    }

    [Fact]
    public void Format_RenderingsWithTheirOwnPlainText_KeepItFirstAndTheRestInOrder()
    {
        Rendering[] renderings = [new("text/html", "<i>x</i>"), new("text/plain", "x as text"), new("text/markdown", "*x*")];

        var value = Formatter.Format(renderings);

        Assert.Equal([new("text/plain", "x as text"), new("text/html", "<i>x</i>"), new("text/markdown", "*x*")], value.Data);
    }

    [Fact]
    public void Format_HtmlFormatterThrows_ShowsPlainTextAndNamesTheTypeMimeAndException()
    {
        var value = Formatter.Format(new HtmlBroken());

        Assert.Equal(["text/plain"], value.Data.Select(d => d.Key));
        Assert.Equal(["formatting HtmlBroken as text/html threw InvalidOperationException: html bug"], value.Errors);
    }

    [Fact]
    public void Format_EveryFormatterThrows_ShowsTheTypeNameAsPlainText()
    {
        var value = Formatter.Format(new AllBroken());

        Assert.Equal([new("text/plain", "<AllBroken>")], value.Data);
        Assert.Equal(2, value.Errors.Count);
        Assert.Contains("formatting AllBroken as text/plain threw InvalidOperationException: text bug", value.Errors);
    }

    [Fact]
    public void Format_Null_HasPlainText()
    {
        var value = Formatter.Format((object?)null);

        Assert.Equal("text/plain", value.Data[0].Key);
        Assert.NotEmpty(value.PlainText);
    }

    [Fact]
    public void PlainText_WithoutAPlainTextRendering_IsEmpty() =>
        Assert.Equal("", Notebooks.Kernel.Display.FormattedValue.FromText("text/html", "<b>x</b>").PlainText);

    /// <summary>A type whose HTML formatter throws.</summary>
    public sealed class HtmlBroken
    {
        public override string ToString() => "broken html";
    }

    /// <summary>A type whose every formatter throws.</summary>
    public sealed class AllBroken;
}
