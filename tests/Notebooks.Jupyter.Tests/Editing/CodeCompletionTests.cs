using Notebooks.Jupyter.Editing;
using Notebooks.Kernel.Execution;

namespace Notebooks.Jupyter.Tests.Editing;

public sealed class CodeCompletionTests
{
    [Fact]
    public async Task Complete_AfterDotOnType_ListsStaticMembers()
    {
        await using var kernel = new CSharpKernel();

        var (matches, start, end) = new CodeCompletion(kernel).Complete("Console.WriteL", 14);

        Assert.Equal(["WriteLine"], matches);
        Assert.Equal((8, 14), (start, end));
    }

    [Fact]
    public async Task Complete_VariableOfAnEarlierCell_IsInScopeWithItsMembers()
    {
        await using var kernel = new CSharpKernel();
        await foreach (var _ in kernel.ExecuteAsync(new CellRequest("var greeting = \"hi\";")))
        {
        }

        var completion = new CodeCompletion(kernel);

        Assert.Contains("greeting", completion.Complete("gree", 4).Matches);
        Assert.Contains("ToUpperInvariant", completion.Complete("greeting.ToUpper", 16).Matches);
    }

    [Fact]
    public async Task Complete_LocalOfTheSameCell_IsInScope()
    {
        await using var kernel = new CSharpKernel();
        const string Code = "var counter = 1;\ncoun";

        Assert.Contains("counter", new CodeCompletion(kernel).Complete(Code, Code.Length).Matches);
    }

    [Fact]
    public async Task Complete_Prefix_IncludesKeywords()
    {
        await using var kernel = new CSharpKernel();

        Assert.Contains("foreach", new CodeCompletion(kernel).Complete("fore", 4).Matches);
    }

    [Fact]
    public async Task Complete_ExtensionMethodOnSequence_IsListed()
    {
        await using var kernel = new CSharpKernel();
        const string Code = "new[] { 1, 2 }.Whe";

        Assert.Contains("Where", new CodeCompletion(kernel).Complete(Code, Code.Length).Matches);
    }
}
