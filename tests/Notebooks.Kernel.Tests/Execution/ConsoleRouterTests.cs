using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Execution;

[Collection(ProcessStateCollection.Name)]
public sealed class ConsoleRouterTests
{
    [Fact]
    public async Task NewKernel_AfterAnotherHostReplacedTheConsole_RoutesCellOutputAgain()
    {
        await using (var first = new CSharpKernel())
        {
            await CellRun.Of(first, "1");
        }

        var previous = Console.Out;
        using var otherHost = new StringWriter();
        Console.SetOut(otherHost);
        try
        {
            await using var kernel = new CSharpKernel();

            var run = await CellRun.Of(kernel, "Console.WriteLine(\"to the cell\");");

            Assert.Equal("to the cell\n", run.Stdout);
            Assert.Empty(otherHost.ToString());
        }
        finally
        {
            Console.SetOut(previous);
        }
    }
}
