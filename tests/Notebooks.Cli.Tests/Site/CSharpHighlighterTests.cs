using Notebooks.Cli.Site;

namespace Notebooks.Cli.Tests.Site;

public sealed class CSharpHighlighterTests
{
    [Fact]
    public async Task HighlightAsync_ScriptCell_MarksKeywordsStringsTypesAndComments()
    {
        using var highlighter = new CSharpHighlighter();

        var html = await highlighter.HighlightAsync("// wait\nvar s = \"<b>\";\nawait Task.Delay(1);\ns", CancellationToken.None);

        Assert.Contains("<span class=\"cs-comment\">// wait</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cs-keyword\">var</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cs-keyword\">await</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cs-string\">&quot;&lt;b&gt;&quot;</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cs-type\">Task</span>", html, StringComparison.Ordinal);
        Assert.EndsWith("\ns", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HighlightAsync_BrokenCode_KeepsEveryCharacter()
    {
        using var highlighter = new CSharpHighlighter();
        const string Code = "#r \"nuget: X, 1.0\"\nvar x = <oops & ;";

        var html = await highlighter.HighlightAsync(Code, CancellationToken.None);

        Assert.Equal(Code, System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "")));
    }
}
