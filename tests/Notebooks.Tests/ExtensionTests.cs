using Notebooks.Kernel.Execution;

namespace Notebooks.Tests;

/// <summary>The companion extension as notebooks load it: from the local feed, through the kernel, rendered by convention.</summary>
public sealed class ExtensionTests
{
    /// <summary>The local feed the build packs the extension into; a package source must be absolute, as in .NET Interactive.</summary>
    private static readonly string Feed = Path.Combine(Collection.Root, "artifacts", "packages");

    [Fact]
    public async Task Extension_FromTheLocalFeed_ImportsItsApiAndRendersATimelineRichly()
    {
        await using var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = Collection.Folder });

        var events = await Run(kernel, $$"""
            #i "nuget: {{Feed}}"
            #r "nuget: AsyncPatterns.Interactive, {{Collection.ExtensionVersion}}"
            var timeline = new Timeline();
            await Task.WhenAll(timeline.Track("a", () => Task.Delay(20)), timeline.Track("b", () => Task.Delay(20)));
            timeline.Stop();
            timeline
            """);

        var failure = events.OfType<ErrorEvent>().FirstOrDefault();
        Assert.True(failure is null, failure?.Error.Summary);
        var value = events.OfType<ReturnValueEvent>().Single().Value;
        Assert.Equal(["text/plain", "text/html", "image/svg+xml"], value.Data.Select(p => p.Key));
        Assert.Contains("<svg", value.Data.Single(p => p.Key == "image/svg+xml").Value, StringComparison.Ordinal);
        Assert.Empty(value.Errors);
    }

    [Fact]
    public async Task Extension_TimingAndDemoServer_WorkFromACell()
    {
        await using var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = Collection.Folder });
        await Run(kernel, $"#i \"nuget: {Feed}\"\n#r \"nuget: AsyncPatterns.Interactive, {Collection.ExtensionVersion}\"");

        var events = await Run(kernel, """
            var server = await DemoHttpServer.StartAsync(new DemoServerOptions { Latency = TimeSpan.FromMilliseconds(100) });
            var client = new System.Net.Http.HttpClient { BaseAddress = server.BaseAddress };
            await Task.WhenAll(Enumerable.Range(0, 4).Select(i => client.GetStringAsync($"items/{i}")));
            var comparison = await Timing.CompareAsync(3,
                ("sequential", async () => { for (var i = 0; i < 4; i++) await client.GetStringAsync($"items/{i}"); }),
                ("concurrent", () => Task.WhenAll(Enumerable.Range(0, 4).Select(i => client.GetStringAsync($"items/{i}")))));
            await server.DisposeAsync();
            // Ideal ratio 4 (four 100 ms requests, one at a time vs all at once); 1.5 holds on a loaded 2-core machine.
            if (comparison.Ratio("sequential", "concurrent") < 1.5) throw new Exception(comparison.ToString());
            comparison
            """);

        var failure = events.OfType<ErrorEvent>().FirstOrDefault();
        Assert.True(failure is null, failure?.Error.Summary + "\n" + string.Join('\n', failure?.Error.Traceback ?? []));
        var value = events.OfType<ReturnValueEvent>().Single().Value;
        Assert.Equal(["text/plain", "text/html", "image/svg+xml"], value.Data.Select(p => p.Key));
        Assert.Contains("sequential", value.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extension_InTwoKernelsOfOneProcess_RendersHtmlInBoth()
    {
        // The CLI and these tests run notebook after notebook in one process: the second kernel must not bind to the first one's package assemblies.
        foreach (var round in new[] { 1, 2 })
        {
            await using var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = Collection.Folder });
            var events = await Run(kernel, $$"""
                #i "nuget: {{Feed}}"
                #r "nuget: AsyncPatterns.Interactive, {{Collection.ExtensionVersion}}"
                var timeline = new Timeline();
                await timeline.Track("a", () => Task.Delay(5));
                timeline.Stop();
                timeline
                """);

            Assert.Empty(events.OfType<ErrorEvent>());
            var value = events.OfType<ReturnValueEvent>().Single().Value;
            Assert.True(value.Errors.Count == 0, $"kernel {round}: {string.Join("; ", value.Errors)}");
            Assert.Contains("text/html", value.Data.Select(p => p.Key));
        }
    }

    private static async Task<List<KernelEvent>> Run(CSharpKernel kernel, string code)
    {
        var events = new List<KernelEvent>();
        await foreach (var e in kernel.ExecuteAsync(new CellRequest(code)))
        {
            events.Add(e);
        }

        return events;
    }
}
