using Notebooks.Jupyter.Handlers;
using Notebooks.Kernel.Display;
using Notebooks.Kernel.Execution;

namespace Notebooks.Jupyter.Tests.Handlers;

/// <summary>Each kernel event becomes the iopub message Jupyter expects for it.</summary>
public sealed class OutputContentTests
{
    private static readonly FormattedValue Value = new([new("text/plain", "42"), new("application/json", "{\"a\":1}")], []);

    [Fact]
    public void For_Stream_IsAStreamMessageWithItsNameAndText()
    {
        var (type, content) = OutputContent.For(new StreamEvent("stderr", "oops\n"), 1)!.Value;

        Assert.Equal(("stream", "stderr", "oops\n"), (type, content["name"]!.GetValue<string>(), content["text"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(false, "display_data")]
    [InlineData(true, "update_display_data")]
    public void For_Display_CarriesItsDisplayIdAsTransient(bool isUpdate, string expectedType)
    {
        var (type, content) = OutputContent.For(new DisplayEvent(Value, "display-1", isUpdate), 1)!.Value;

        Assert.Equal(expectedType, type);
        Assert.Equal("display-1", content["transient"]!["display_id"]!.GetValue<string>());
        Assert.Equal("42", content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal(1, content["data"]!["application/json"]!["a"]!.GetValue<int>());
        Assert.NotNull(content["metadata"]);
    }

    [Fact]
    public void For_ReturnValue_IsAnExecuteResultWithTheExecutionCount()
    {
        var (type, content) = OutputContent.For(new ReturnValueEvent(Value), 7)!.Value;

        Assert.Equal(("execute_result", 7), (type, content["execution_count"]!.GetValue<int>()));
        Assert.Equal("42", content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void For_Error_IsAnErrorWithNameValueAndTracebackButNoOutputType()
    {
        var (type, content) = OutputContent.For(new ErrorEvent(CellError.Thrown("InvalidOperationException", "boom")), 1)!.Value;

        Assert.Equal("error", type);
        Assert.Equal(("InvalidOperationException", "boom"), (content["ename"]!.GetValue<string>(), content["evalue"]!.GetValue<string>()));
        Assert.Equal("InvalidOperationException: boom", Assert.Single(content["traceback"]!.AsArray())!.GetValue<string>());
        Assert.False(content.ContainsKey("output_type"));
    }

    [Fact]
    public void For_CellCompleted_IsNotAnOutput() => Assert.Null(OutputContent.For(new CellCompletedEvent(CellStatus.Succeeded, TimeSpan.Zero), 1));

    [Fact]
    public void FormatterErrors_ValueWhoseFormatterThrew_AreTheValuesErrors()
    {
        var value = Value with { Errors = ["formatting Widget as text/html threw InvalidOperationException: bug"] };

        Assert.Equal(value.Errors, OutputContent.FormatterErrors(new DisplayEvent(value, "d")));
        Assert.Equal(value.Errors, OutputContent.FormatterErrors(new ReturnValueEvent(value)));
        Assert.Empty(OutputContent.FormatterErrors(new StreamEvent("stdout", "x")));
    }
}
