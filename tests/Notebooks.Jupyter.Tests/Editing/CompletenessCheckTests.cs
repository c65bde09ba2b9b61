using Notebooks.Jupyter.Editing;

namespace Notebooks.Jupyter.Tests.Editing;

public sealed class CompletenessCheckTests
{
    [Theory]
    [InlineData("1 + 1")]
    [InlineData("var x = 1;")]
    [InlineData("if (true) { }")]
    [InlineData("#!time\nvar y = 2;")]
    [InlineData("#r \"nuget: Polly, 8.5.0\"")]
    [InlineData("")]
    public void Status_CompleteCode_IsComplete(string code) => Assert.Equal("complete", CompletenessCheck.Status(code));

    [Theory]
    [InlineData("if (true) {")]
    [InlineData("Console.WriteLine(")]
    [InlineData("var s = \"\"\"\nabc")]
    public void Status_UnfinishedCode_IsIncomplete(string code) => Assert.Equal("incomplete", CompletenessCheck.Status(code));
}
