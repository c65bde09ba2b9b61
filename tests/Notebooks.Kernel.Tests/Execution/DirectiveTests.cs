using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;
using Notebooks.Testing;

namespace Notebooks.Kernel.Tests.Execution;

public sealed class DirectiveTests
{
    [Fact]
    public async Task CSharpMagic_OnTheFirstLine_IsIgnored()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "#!csharp\n6 * 7");

        Assert.Equal("42", run.Value);
    }

    [Fact]
    public async Task Time_AddsAWallTimeOutput()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "#!time\nawait Task.Delay(50);");

        Assert.Matches(@"^Wall time: \d+ ms$", run.Displays.Single().Value.PlainText);
    }

    [Theory]
    [InlineData("#!fsharp\nlet x = 1", "#!fsharp")]
    [InlineData("#!pwsh\nGet-Date", "#!pwsh")]
    [InlineData("var a = 1;\n#!whatever", "#!whatever")]
    public async Task UnknownMagic_IsAnErrorNamingIt(string code, string directive)
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, code);

        Assert.Equal(CellStatus.Failed, run.Status);
        Assert.Equal("DirectiveError", run.Error!.Name);
        Assert.Contains(directive, run.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferenceToDll_ResolvesRelativeToTheBaseDirectory()
    {
        var folder = Directory.CreateTempSubdirectory("nb-ref").FullName;
        TestAssembly.Emit(Path.Combine(folder, "libs", "Greeter.dll"), "namespace Greeting; public static class Greeter { public static string Hello(string n) => \"hello \" + n; }");
        await using var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = folder });

        var run = await CellRun.Of(kernel, "#r \"libs/Greeter.dll\"\nusing Greeting;\nGreeter.Hello(\"notebook\")");

        Assert.Equal("hello notebook", run.Value);
    }

    [Fact]
    public async Task ReferenceToMissingDll_IsAnErrorNamingThePath()
    {
        await using var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = Path.GetTempPath() });

        var run = await CellRun.Of(kernel, "#r \"nowhere/Missing.dll\"");

        Assert.Equal("DirectiveError", run.Error!.Name);
        Assert.Contains("Missing.dll", run.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferenceByName_LoadsTheFrameworkAssembly()
    {
        await using var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = Path.GetTempPath() });

        var run = await CellRun.Of(kernel, "#r \"System.Threading.RateLimiting\"\ntypeof(System.Threading.RateLimiting.TokenBucketRateLimiter).Name");

        Assert.Equal("TokenBucketRateLimiter", run.Value);
    }

    [Fact]
    public async Task ReferenceByUnknownName_IsAnErrorNamingIt()
    {
        await using var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = Path.GetTempPath() });

        var run = await CellRun.Of(kernel, "#r \"System.No.Such.Assembly\"");

        Assert.Equal("DirectiveError", run.Error!.Name);
        Assert.Contains("#r \"System.No.Such.Assembly\": no such file", run.Error.Value, StringComparison.Ordinal);
        Assert.Contains("no framework assembly of that name", run.Error.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../artifacts/packages")]
    [InlineData("feed")]
    public async Task Include_RelativeSource_IsAnErrorSayingWhatWorks(string source)
    {
        await using var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = Path.GetTempPath() });

        var run = await CellRun.Of(kernel, $"#i \"nuget: {source}\"");

        Assert.Equal("DirectiveError", run.Error!.Name);
        Assert.Contains($"#i \"nuget: {source}\": a relative package source is not supported (.NET Interactive rejects it: \"Invalid URI\")", run.Error.Value, StringComparison.Ordinal);
        Assert.Contains("an absolute folder", run.Error.Value, StringComparison.Ordinal);
        Assert.Contains("#r \"relative/path/Library.dll\"", run.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Include_AbsoluteFolderThatDoesNotExist_IsAnErrorNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"nb-no-feed-{Guid.NewGuid():N}");
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, $"#i \"nuget: {missing}\"");

        Assert.Equal("DirectiveError", run.Error!.Name);
        Assert.Contains($"the source directory {missing} does not exist", run.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Include_AbsoluteFolderOrUri_IsAccepted()
    {
        var feed = Directory.CreateTempSubdirectory("nb-feed").FullName;
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, $"#i \"nuget: {feed}\"\n#i \"nuget: {new Uri(feed).AbsoluteUri}\"\n#i \"nuget: https://api.nuget.org/v3/index.json\"\n1");

        Assert.True(run.Status == CellStatus.Succeeded, run.Error?.Value);
        Assert.Equal("1", run.Value);
    }

    [Fact]
    public async Task MalformedNuGetReference_IsAnError()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "#r \"nuget: Some Package, 1.0, extra\"");

        Assert.Equal("DirectiveError", run.Error!.Name);
    }
}
