using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Execution;

/// <summary>What a cell sees without asking is what .NET Interactive's C# kernel gives its cells: its imports and references.</summary>
public sealed class DefaultsTests
{
    [Fact]
    public async Task DefaultImports_LeaveOutSystemThreading_AsDotNetInteractiveDoes()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "var n = 0;\nInterlocked.Increment(ref n)");

        Assert.Equal("CompilationError", run.Error!.Name);
        Assert.Contains("error CS0103: The name 'Interlocked' does not exist", run.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultImports_AreTheSixNamespaces()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "$\"{new StringBuilder(\"a\")}{new ArrayList { 1 }.Count}{new List<int> { 2 }.Sum()}{await Task.FromResult(3)}\"");

        Assert.Equal("a123", run.Value);
    }

    [Fact]
    public async Task SystemThreading_WithAUsing_CarriesToLaterCells()
    {
        await using var kernel = new CSharpKernel();
        await CellRun.Of(kernel, "using System.Threading;");

        var run = await CellRun.Of(kernel, "var n = 0;\nInterlocked.Increment(ref n)");

        Assert.Equal("1", run.Value);
    }

    [Theory]
    [InlineData("new System.Net.Http.HttpClient().Timeout.TotalSeconds", "100")]
    [InlineData("System.Text.Json.JsonSerializer.Serialize(1)", "1")]
    [InlineData("System.Threading.Channels.Channel.CreateUnbounded<int>().Writer.TryWrite(1)", "True")]
    [InlineData("System.Xml.Linq.XElement.Parse(\"<a>1</a>\").Value", "1")]
    [InlineData("new System.Data.DataTable(\"t\").TableName", "t")]
    [InlineData("typeof(Microsoft.AspNetCore.Html.HtmlString).Name", "HtmlString")]
    public async Task DefaultReferences_HoldWhatDotNetInteractiveReferences(string code, string value)
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, code);

        Assert.True(run.Status == CellStatus.Succeeded, run.Error?.Value);
        Assert.Equal(value, run.Value);
    }

    [Theory]
    [InlineData("System.Net.Http.Json.JsonContent.Create(1)")]
    [InlineData("typeof(System.Threading.RateLimiting.RateLimiter)")]
    [InlineData("typeof(System.Threading.Tasks.Dataflow.ActionBlock<int>)")]
    [InlineData("new Microsoft.AspNetCore.Http.PathString(\"/a\")")]
    public async Task DefaultReferences_LeaveOutTheRestOfTheFramework(string code)
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, code);

        Assert.Equal("CompilationError", run.Error!.Name);
        Assert.Contains("error CS0234", run.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrameworkAssemblyOutsideTheDefaults_LoadsByName()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "#r \"Microsoft.AspNetCore.Http.Abstractions\"\nnew Microsoft.AspNetCore.Http.PathString(\"/a\").Add(\"/b\").Value");

        Assert.Equal("/a/b", run.Value);
    }
}
