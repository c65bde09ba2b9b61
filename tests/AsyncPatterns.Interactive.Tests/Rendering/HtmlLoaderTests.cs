using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Notebooks.Testing;

namespace AsyncPatterns.Interactive.Tests.Rendering;

/// <summary>Runs the chart's script in node against a fake page: with <c>window.Plotly</c>, with require.js, with neither, and where plotly.js never draws.</summary>
public sealed class HtmlLoaderTests
{
    private const string Page = """
        const fs = require('fs');
        const html = fs.readFileSync(process.argv[2], 'utf8');
        const script = html.substring(html.indexOf('<script type="text/javascript">') + 31, html.lastIndexOf('</script>'));
        const fallback = /<div id="([^"]+-static)"/.exec(html)[1];
        const mode = process.argv[3];
        const plots = [];
        const scripts = [];
        const purged = [];
        const warnings = [];
        const elements = {};
        const element = id => elements[id] || (elements[id] = { id, style: {} });
        const fakePlotly = via => ({
            newPlot: (id, data, layout, config) => {
                plots.push({ id, via, traces: data.length, height: layout.height, responsive: config.responsive });
                return mode === 'rejects' ? Promise.reject(new Error('no WebGL')) : Promise.resolve(element(id));
            },
            purge: id => purged.push(id),
        });
        console.warn = (...args) => warnings.push(args.join(' '));
        globalThis.window = globalThis;
        if (mode === 'plotly' || mode === 'rejects') window.Plotly = fakePlotly('window');
        if (mode === 'require' || mode === 'require-offline') {
            window.requirejs = function () {};
            window.requirejs.config = cfg => (deps, ready, failed) => {
                scripts.push(cfg.paths.plotly);
                if (mode === 'require') ready(fakePlotly('require')); else failed(new Error('Script error for "plotly"'));
            };
        }
        const added = [];
        globalThis.document = {
            getElementById: element,
            querySelector: selector => added.find(s => selector === 'script[data-asyncpatterns-plotly]' && 'data-asyncpatterns-plotly' in s.attributes) || null,
            createElement: () => ({ attributes: {}, listeners: [], setAttribute(k, v) { this.attributes[k] = v; }, addEventListener(e, f) { this.listeners.push(f); } }),
            head: { appendChild: s => { added.push(s); scripts.push(s.src); } },
        };
        eval(script); // two outputs of the same chart in one page
        eval(script);
        if (mode === 'cdn') { window.Plotly = fakePlotly('cdn'); added.forEach(s => s.listeners.forEach(f => f())); }
        setTimeout(() => console.log(JSON.stringify({ plots, scripts, purged, warnings, fallback, fallbackDisplay: element(fallback).style.display || '' })), 0);
        """;

    private readonly FakeTimeProvider clock = new();

    [NodeFact]
    public async Task Script_PageHasPlotly_DrawsWithWindowPlotlyAndHidesTheSvg()
    {
        var result = await RunAsync("plotly");

        Assert.Equal(["window", "window"], Plots(result).Select(p => p.GetProperty("via").GetString()));
        Assert.Empty(result.RootElement.GetProperty("scripts").EnumerateArray());
        Assert.Equal("none", result.RootElement.GetProperty("fallbackDisplay").GetString());
    }

    [NodeFact]
    public async Task Script_PageHasRequireJs_LoadsPlotlyThroughIt()
    {
        var result = await RunAsync("require");

        Assert.Equal(["require", "require"], Plots(result).Select(p => p.GetProperty("via").GetString()));
        Assert.All(result.RootElement.GetProperty("scripts").EnumerateArray(), s => Assert.Equal("https://cdn.plot.ly/plotly-2.28.0.min", s.GetString()));
        Assert.Equal("none", result.RootElement.GetProperty("fallbackDisplay").GetString());
    }

    [NodeFact]
    public async Task Script_PageHasNeither_AddsOneCdnScriptTagForBothCharts()
    {
        var result = await RunAsync("cdn");

        var plots = Plots(result).ToList();
        Assert.Equal(["cdn", "cdn"], plots.Select(p => p.GetProperty("via").GetString()));
        Assert.Equal(["https://cdn.plot.ly/plotly-2.28.0.min.js"], result.RootElement.GetProperty("scripts").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("none", result.RootElement.GetProperty("fallbackDisplay").GetString());
    }

    [NodeFact]
    public async Task Script_CdnScriptNeverLoads_KeepsTheSvgVisible()
    {
        var result = await RunAsync("offline");

        Assert.Empty(Plots(result));
        Assert.Single(result.RootElement.GetProperty("scripts").EnumerateArray());
        Assert.Equal("", result.RootElement.GetProperty("fallbackDisplay").GetString());
    }

    [NodeFact]
    public async Task Script_RequireJsCannotLoadPlotly_KeepsTheSvgVisibleAndWarns()
    {
        var result = await RunAsync("require-offline");

        Assert.Empty(Plots(result));
        Assert.Equal("", result.RootElement.GetProperty("fallbackDisplay").GetString());
        Assert.All(result.RootElement.GetProperty("warnings").EnumerateArray(), w => Assert.Contains("the static SVG stays", w.GetString(), StringComparison.Ordinal));
        Assert.Equal(2, result.RootElement.GetProperty("warnings").GetArrayLength());
    }

    [NodeFact]
    public async Task Script_PlotlyRejectsThePlot_PurgesItAndKeepsTheSvgVisible()
    {
        var result = await RunAsync("rejects");

        Assert.Equal(2, Plots(result).Count());
        Assert.Equal("", result.RootElement.GetProperty("fallbackDisplay").GetString());
        var chart = result.RootElement.GetProperty("fallback").GetString()![..^"-static".Length];
        Assert.Equal([chart, chart], result.RootElement.GetProperty("purged").EnumerateArray().Select(p => p.GetString()));
    }

    private static IEnumerable<JsonElement> Plots(JsonDocument result) => result.RootElement.GetProperty("plots").EnumerateArray();

    private async Task<JsonDocument> RunAsync(string mode)
    {
        var timeline = await SampleTimelines.MixedAsync(clock);
        var folder = Directory.CreateTempSubdirectory("timeline-html-");
        try
        {
            var htmlPath = Path.Combine(folder.FullName, "chart.html");
            var pagePath = Path.Combine(folder.FullName, "page.js");
            await File.WriteAllTextAsync(htmlPath, timeline.ToHtml());
            await File.WriteAllTextAsync(pagePath, Page);
            var node = NodeFactAttribute.NodePath ?? throw new InvalidOperationException("node is not on the PATH; it is required when CI=true (.ci/run installs Debian's nodejs)");
            var result = await ChildProcess.RunAsync(node, [pagePath, htmlPath, mode], TimeSpan.FromMinutes(1));
            Assert.True(result.ExitCode == 0, result.Stderr);
            return JsonDocument.Parse(result.Stdout);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
