using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Packages;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Extensions;

/// <summary>A package's <c>interactive-extensions/dotnet</c> assemblies run on load, as in .NET Interactive: a package made here, and
/// the real Microsoft.Data.Analysis and Plotly.NET.Interactive from the registry.</summary>
public sealed class KernelExtensionTests
{
    private const string Extensions = """
        using Microsoft.DotNet.Interactive;
        using Microsoft.DotNet.Interactive.Commands;
        using Microsoft.DotNet.Interactive.Formatting;
        namespace Tests;
        public sealed class Registers : IKernelExtension
        {
            public async System.Threading.Tasks.Task OnLoadAsync(Kernel kernel)
            {
                Formatter.Register<Gauge>((g, writer) => writer.Write($"<meter value=\"{g.Value}\"></meter>"), "text/html");
                await Kernel.Root.FindKernelByName("csharp").SendAsync(new SubmitCode("var fromExtension = 40 + 2;"));
            }
        }
        public sealed class Breaks : IKernelExtension
        {
            public System.Threading.Tasks.Task OnLoadAsync(Kernel kernel) => throw new System.InvalidOperationException("broken on purpose");
        }
        """;

    private readonly NuGetRestorer restorer = new(Directory.CreateTempSubdirectory("nb-restore").FullName);

    [Fact]
    public async Task NuGetReference_PackageWithKernelExtensions_RunsThem_AndOneThatFailsIsNamedWhileTheCellGoesOn()
    {
        var feed = Path.Combine(Directory.CreateTempSubdirectory("nb-feed").FullName, "feed");
        LocalPackage.Create(feed, "Notebooks.TestKernelExtension", "1.0.0", "public sealed record Gauge(double Value);", extensionDib: null, Extensions);
        await using var kernel = new CSharpKernel(new KernelOptions { Restorer = restorer });

        var run = await CellRun.Of(kernel, $"#i \"nuget: {feed}\"\n#r \"nuget: Notebooks.TestKernelExtension, 1.0.0\"\nfromExtension");
        var gauge = await CellRun.Of(kernel, "new Gauge(0.5)");

        Assert.True(run.Status == CellStatus.Succeeded, run.Error?.Summary + run.Stderr);
        Assert.Equal("42", run.Value);
        Assert.Equal("Failed to load kernel extension \"Tests.Breaks\" from Notebooks.TestKernelExtension.Extension.dll: InvalidOperationException: broken on purpose\n", run.Stderr);
        Assert.Contains(gauge.Events.OfType<ReturnValueEvent>().Single().Value.Data, p => p.Key == "text/html" && p.Value == "<meter value=\"0.5\"></meter>");
    }

    [Fact]
    public async Task DataFrame_FromMicrosoftDataAnalysis_ShowsAsItsExtensionsTable()
    {
        await using var kernel = new CSharpKernel(new KernelOptions { Restorer = restorer });

        var load = await CellRun.Of(kernel, "#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"");
        var run = await CellRun.Of(kernel, """
            using Microsoft.Data.Analysis;
            new DataFrame(new Int32DataFrameColumn("requests", new[] { 3, 5 }), new StringDataFrameColumn("host", new[] { "a", "b" }))
            """);

        Assert.True(load.Status == CellStatus.Succeeded, load.Error?.Summary);
        Assert.True(load.Stderr.Length == 0, load.Stderr);
        Assert.True(run.Status == CellStatus.Succeeded, run.Error?.Summary);
        var data = run.Events.OfType<ReturnValueEvent>().Single().Value.Data;
        Assert.Equal(["text/plain", "text/html"], data.Select(p => p.Key));
        Assert.Matches("<table id=\"table_\\d+\"><thead><tr><th><i>index</i></th><th>requests</th><th>host</th></tr></thead>", data[1].Value);
    }

    [Fact]
    public async Task PlotlyChart_IsFormattingsTreeView_UntilPlotlyNetInteractivesExtensionRegistersItsFormatter()
    {
        // One test, in this order: a formatter an extension registers is the process's (Formatting's registry is static).
        // Plotly.NET 6.0.0's own TypeFormatterSourceAttribute (internal, in InternalUtils) names its source in a non-public
        // TypeFormatterSourceType, not a public FormatterSourceType: Formatting's convention passes it by, and so does this kernel.
        await using var kernel = new CSharpKernel(new KernelOptions { Restorer = restorer });
        await CellRun.Of(kernel, "#r \"nuget: Plotly.NET, 6.0.0\"");
        var alone = await CellRun.Of(kernel, "Plotly.NET.Chart.Invisible()");

        var load = await CellRun.Of(kernel, "#r \"nuget: Plotly.NET.Interactive, 6.0.0\"");
        var run = await CellRun.Of(kernel, "Plotly.NET.Chart.Invisible()");

        var tree = alone.Events.OfType<ReturnValueEvent>().Single().Value;
        Assert.Empty(tree.Errors);
        Assert.Equal(["text/plain", "text/html"], tree.Data.Select(p => p.Key));
        Assert.StartsWith("<details open=\"open\" class=\"dni-treeview\">", tree.Data[1].Value, StringComparison.Ordinal);
        Assert.True(load.Status == CellStatus.Succeeded, load.Error?.Summary);
        Assert.True(load.Stderr.Length == 0, load.Stderr);
        var chart = run.Events.OfType<ReturnValueEvent>().Single().Value;
        Assert.Empty(chart.Errors);
        Assert.Equal(["text/plain", "text/html"], chart.Data.Select(p => p.Key));
        Assert.Contains("Plotly.newPlot", chart.Data[1].Value, StringComparison.Ordinal);
    }
}
