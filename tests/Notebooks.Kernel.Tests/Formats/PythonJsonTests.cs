using System.Text.Json.Nodes;
using Notebooks.Kernel.Formats;

namespace Notebooks.Kernel.Tests.Formats;

/// <summary>PythonJson against values checked with CPython's json.dumps(json.loads(raw)).</summary>
public sealed class PythonJsonTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    [InlineData("1.0", "1.0")]
    [InlineData("-0.0", "-0.0")]
    [InlineData("0.10", "0.1")]
    [InlineData("1e2", "100.0")]
    [InlineData("1E+16", "1e+16")]
    [InlineData("1e15", "1000000000000000.0")]
    [InlineData("123456789012345678", "123456789012345678")]
    [InlineData("1.5e-7", "1.5e-07")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("0.00001", "1e-05")]
    [InlineData("-2.5E-300", "-2.5e-300")]
    [InlineData("1e400", "Infinity")]
    [InlineData("-1e400", "-Infinity")]
    [InlineData("3.141592653589793238", "3.141592653589793")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    public void Number_JsonNumber_IsWrittenAsPythonDoes(string raw, string expected)
    {
        Assert.Equal(expected, PythonJson.Number(raw));
        Assert.Equal(expected, PythonJson.Serialize(JsonNode.Parse(raw)));
    }

    [Fact]
    public void Serialize_Keys_AreSortedByCodePoint()
    {
        var obj = new JsonObject { ["😀"] = 1, ["ｱ"] = 2, ["b"] = 3, ["B"] = 4, ["é"] = 5 };

        Assert.Equal("{\n \"B\": 4,\n \"b\": 3,\n \"é\": 5,\n \"ｱ\": 2,\n \"😀\": 1\n}", PythonJson.Serialize(obj));
    }

    [Fact]
    public void Serialize_Strings_EscapeOnlyWhatPythonEscapes()
    {
        var text = "q\" b\\ n\n r\r t\t \b \f \u0001 \u001f \u007f é 日 🎉 \u2028";

        Assert.Equal("\"q\\\" b\\\\ n\\n r\\r t\\t \\b \\f \\u0001 \\u001f \u007f é 日 🎉 \u2028\"", PythonJson.Serialize(JsonValue.Create(text)));
    }

    [Fact]
    public void Serialize_EmptyContainers_AreInline()
    {
        var node = new JsonObject { ["a"] = new JsonArray(), ["o"] = new JsonObject(), ["n"] = null };

        Assert.Equal("{\n \"a\": [],\n \"n\": null,\n \"o\": {}\n}", PythonJson.Serialize(node));
    }
}
