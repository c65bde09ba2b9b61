using System.Reflection;
using AsyncPatterns.Interactive.Hosting;
using Microsoft.DotNet.Interactive;

namespace AsyncPatterns.Interactive.Tests.Hosting;

[Collection(HostAssembliesCollection.Name)]
public sealed class CellTokenLookupTests
{
    [Fact]
    public void Current_NoHostAssembly_IsNone()
    {
        var lookup = new CellTokenLookup(() => [typeof(object).Assembly, typeof(CellTokenLookup).Assembly]);

        Assert.Equal(CancellationToken.None, lookup.Current);
    }

    [Fact]
    public void Current_KernelRunsACell_IsTheKernelsToken()
    {
        using var cell = new CancellationTokenSource();
        var kernel = FakeKernelAssembly.Create();
        try
        {
            kernel.Token = cell.Token;
            var lookup = new CellTokenLookup(() => [typeof(object).Assembly, kernel.Assembly]);

            Assert.Equal(cell.Token, lookup.Current);
        }
        finally
        {
            kernel.Token = default;
        }
    }

    [Fact]
    public void Current_KernelRunsNoCell_IsNone()
    {
        var kernel = FakeKernelAssembly.Create();
        var lookup = new CellTokenLookup(() => [kernel.Assembly]);

        Assert.Equal(CancellationToken.None, lookup.Current);
    }

    [Fact]
    public void Current_KernelLoadsAfterTheFirstQuestion_IsFoundOnceAssembliesChanged()
    {
        using var cell = new CancellationTokenSource();
        var loaded = new List<Assembly> { typeof(object).Assembly };
        var lookup = new CellTokenLookup(() => loaded);
        Assert.Equal(CancellationToken.None, lookup.Current);
        var kernel = FakeKernelAssembly.Create();
        try
        {
            kernel.Token = cell.Token;
            loaded.Add(kernel.Assembly);
            var beforeTheLoadEvent = lookup.Current;

            lookup.AssembliesChanged();

            Assert.Equal(CancellationToken.None, beforeTheLoadEvent);
            Assert.Equal(cell.Token, lookup.Current);
        }
        finally
        {
            kernel.Token = default;
        }
    }

    [Fact]
    public void Current_InteractiveLoadedButRunsNoCommand_IsTheKernelsToken()
    {
        using var cell = new CancellationTokenSource();
        var kernel = FakeKernelAssembly.Create();
        try
        {
            kernel.Token = cell.Token;
            var lookup = new CellTokenLookup(() => [typeof(KernelInvocationContext).Assembly, kernel.Assembly]);

            Assert.Null(KernelInvocationContext.Current);
            Assert.Equal(cell.Token, lookup.Current);
        }
        finally
        {
            kernel.Token = default;
        }
    }

    [Theory]
    [InlineData("Notebooks.Kernel.Scripting.CurrentCell", "Token")]
    [InlineData("Notebooks.Kernel.CurrentCell", "CancellationToken")]
    public void Current_KernelWithoutTheExpectedProperty_IsNone(string typeName, string property)
    {
        using var cell = new CancellationTokenSource();
        var kernel = FakeKernelAssembly.Create(typeName, property);
        try
        {
            kernel.Token = cell.Token;
            var lookup = new CellTokenLookup(() => [kernel.Assembly]);

            Assert.Equal(CancellationToken.None, lookup.Current);
        }
        finally
        {
            kernel.Token = default;
        }
    }
}
