using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;

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
        EmitLibrary(Path.Combine(folder, "libs", "Greeter.dll"), "namespace Greeting; public static class Greeter { public static string Hello(string n) => \"hello \" + n; }");
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

    [Fact]
    public async Task MalformedNuGetReference_IsAnError()
    {
        await using var kernel = new CSharpKernel();

        var run = await CellRun.Of(kernel, "#r \"nuget: Some Package, 1.0, extra\"");

        Assert.Equal("DirectiveError", run.Error!.Name);
    }

    /// <summary>Compiles a small library to <paramref name="path"/> with Roslyn, so no binary is committed.</summary>
    internal static void EmitLibrary(string path, string source)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Contains("Microsoft.NETCore.App", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(path),
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
    }
}
