using System.Text.Json.Nodes;
using Notebooks.Cli.Site;

namespace Notebooks.Cli.Tests.Site;

public sealed class OutputRendererTests
{
    [Fact]
    public void Render_StreamWithScript_ShowsTheTextEscaped()
    {
        var html = OutputRenderer.Render(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "<script>alert(1)</script>\n" });

        Assert.Equal("<pre class=\"output stream stdout\">&lt;script&gt;alert(1)&lt;/script&gt;\n</pre>", html);
    }

    [Fact]
    public void Render_PlainTextWithMarkup_IsEscaped()
    {
        var html = OutputRenderer.Render(Display(("text/plain", "<b>\"x\" & 'y'</b>")));

        Assert.Contains("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HtmlOutput_IsInsertedAsIsInPreferenceToPlainText()
    {
        var html = OutputRenderer.Render(Display(("text/plain", "Timeline"), ("text/html", "<div id=\"chart\"></div><script>draw()</script>"), ("image/svg+xml", "<svg/>")));

        Assert.Equal("<div class=\"output rich html\"><div id=\"chart\"></div><script>draw()</script></div>", html);
    }

    [Fact]
    public void Render_SvgOutput_IsInlined()
    {
        var html = OutputRenderer.Render(Display(("text/plain", "a picture"), ("image/svg+xml", new JsonArray("<svg width=\"10\">\n", "<rect/></svg>"))));

        Assert.Equal("<div class=\"output rich svg\"><svg width=\"10\">\n<rect/></svg></div>", html);
    }

    [Fact]
    public void Render_PngOutput_IsADataUriWithOnlyBase64Characters()
    {
        var html = OutputRenderer.Render(Display(("image/png", "iVBORw0K\nGgo=\"><script>")));

        Assert.Contains("src=\"data:image/png;base64,iVBORw0KGgo=script\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Error_ShowsNameValueAndTracebackEscapedWithoutAnsiCodes()
    {
        var html = OutputRenderer.Render(new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = "InvalidOperationException",
            ["evalue"] = "<b>boom</b>",
            ["traceback"] = new JsonArray("\u001b[31mInvalidOperationException: <b>boom</b>\u001b[0m", "   at cell 2:line 1"),
        });

        Assert.Contains("<div class=\"error-name\">InvalidOperationException: &lt;b&gt;boom&lt;/b&gt;</div>", html, StringComparison.Ordinal);
        Assert.Contains("<pre>InvalidOperationException: &lt;b&gt;boom&lt;/b&gt;\n   at cell 2:line 1</pre>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", html, StringComparison.Ordinal);
    }

    private static JsonObject Display(params (string Mime, JsonNode Value)[] data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, value) in data)
        {
            bundle[mime] = value;
        }

        return new JsonObject { ["output_type"] = "display_data", ["data"] = bundle, ["metadata"] = new JsonObject() };
    }
}
