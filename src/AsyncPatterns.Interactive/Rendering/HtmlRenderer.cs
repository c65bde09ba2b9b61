using System.Globalization;
using System.Text;

namespace AsyncPatterns.Interactive.Rendering;

/// <summary>Writes the static SVG of a timeline, shown until plotly.js has drawn the interactive chart over it, and a script that draws with the page's <c>window.Plotly</c>, else loads plotly.js (require.js when the page has it, else a script tag from the CDN); plotly.js is never embedded, and without it the SVG stays.</summary>
internal static class HtmlRenderer
{
    /// <summary>The version of plotly.js the figure is written for (the one Plotly.NET 6.0.0 embeds, which the CLI's site ships).</summary>
    public const string PlotlyJsVersion = "2.28.0";

    /// <summary>That plotly.js on plotly's CDN.</summary>
    public const string PlotlyUrl = "https://cdn.plot.ly/plotly-" + PlotlyJsVersion + ".min.js";

    private static int renders;

    public static string Render(TimelineSnapshot snapshot)
    {
        var json = PlotlyFigure.ToJson(snapshot);
        var svg = SvgRenderer.Render(snapshot);
        var id = string.Create(CultureInfo.InvariantCulture, $"asyncpatterns-timeline-{Fnv1a(json):x8}-{Interlocked.Increment(ref renders)}");
        var html = new StringBuilder(json.Length + svg.Length + 2400);
        html.Append("<div class=\"asyncpatterns-timeline\">\n<div id=\"").Append(id).Append("\" style=\"width:100%\"></div>\n")
            .Append("<div id=\"").Append(id).Append("-static\" class=\"asyncpatterns-timeline-static\" style=\"overflow-x:auto\">").Append(svg).Append("</div>\n")
            .Append("<script type=\"text/javascript\">\n(function () {\n")
            .Append("    var id = '").Append(id).Append("';\n")
            .Append("    var figure = ").Append(json).Append(";\n")
            .Append(Loader)
            .Append("})();\n</script></div>");
        return html.ToString();
    }

    /// <summary>Draws, then hides the SVG once plotly.js resolves the plot; the page's plotly first, else require.js (a context of its own), else one shared script tag.</summary>
    private static readonly string Loader = $$"""
            var failed = function (error) {
                console.warn('AsyncPatterns.Interactive: plotly.js did not draw the timeline; the static SVG stays.', error);
            };
            var render = function (plotly) {
                var shown = function () {
                    var fallback = document.getElementById(id + '-static');
                    if (fallback) {
                        fallback.style.display = 'none';
                    }
                };
                try {
                    var drawn = plotly.newPlot(id, figure.data, figure.layout, figure.config);
                    if (drawn && typeof drawn.then === 'function') {
                        drawn.then(shown, function (error) {
                            plotly.purge(id);
                            failed(error);
                        });
                    } else {
                        shown();
                    }
                } catch (error) {
                    failed(error);
                }
            };
            if (window.Plotly && typeof window.Plotly.newPlot === 'function') {
                render(window.Plotly);
                return;
            }
            if (typeof window.requirejs === 'function' && typeof window.requirejs.config === 'function') {
                window.requirejs.config({ context: 'asyncpatterns-plotly', paths: { plotly: '{{PlotlyUrl[..^3]}}' } })(['plotly'], render, failed);
                return;
            }
            var script = document.querySelector('script[data-asyncpatterns-plotly]');
            if (!script) {
                script = document.createElement('script');
                script.setAttribute('data-asyncpatterns-plotly', '');
                script.setAttribute('charset', 'utf-8');
                script.src = '{{PlotlyUrl}}';
                document.head.appendChild(script);
            }
            script.addEventListener('load', function () { render(window.Plotly); });

        """;

    /// <summary>A stable hash of the chart, so an id says which chart it is; the counter keeps two renders in one page apart.</summary>
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
