using Notebooks.Kernel.Display;
using Notebooks.Kernel.Running;

namespace Notebooks.Kernel.Tests.Running;

/// <summary>A value's MIME bundle: text as text, JSON types as parsed JSON, and JSON that does not parse kept as its text.</summary>
public sealed class NbformatOutputTests
{
    [Fact]
    public void Data_TextTypes_AreStringsInTheValuesOrder()
    {
        var bundle = NbformatOutput.Data(new FormattedValue([new("text/plain", "{\"a\":1}"), new("text/html", "<b>1</b>")], []));

        Assert.Equal(["text/plain", "text/html"], bundle.Select(p => p.Key));
        Assert.Equal("{\"a\":1}", bundle["text/plain"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/vnd.vegalite.v5+json")]
    public void Data_JsonTypes_AreParsed(string mime)
    {
        var bundle = NbformatOutput.Data(new FormattedValue([new("text/plain", "x"), new(mime, "{\"a\": [1, 2]}")], []));

        Assert.Equal(2, bundle[mime]!["a"]![1]!.GetValue<int>());
    }

    [Fact]
    public void Data_JsonTypeThatDoesNotParse_IsKeptAsItsText()
    {
        var bundle = NbformatOutput.Data(new FormattedValue([new("application/json", "{not json")], []));

        Assert.Equal("{not json", bundle["application/json"]!.GetValue<string>());
    }

    [Fact]
    public void Data_JsonScalar_IsAJsonValue()
    {
        var bundle = NbformatOutput.Data(new FormattedValue([new("application/json", "42")], []));

        Assert.Equal(42, bundle["application/json"]!.GetValue<int>());
    }
}
