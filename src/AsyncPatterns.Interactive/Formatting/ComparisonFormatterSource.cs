using System.Collections;
using AsyncPatterns.Interactive.Measuring;

namespace AsyncPatterns.Interactive.Formatting;

/// <summary>Creates the formatters of <see cref="Comparison"/>: HTML table and chart, SVG chart, and text table.</summary>
internal sealed class ComparisonFormatterSource
{
    /// <summary>The formatters, by the .NET Interactive convention.</summary>
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new ConventionFormatter<Comparison>("text/html", c => c.ToHtml()),
        new ConventionFormatter<Comparison>("image/svg+xml", c => c.ToSvg()),
        new ConventionFormatter<Comparison>("text/plain", c => c.ToString()),
    };
}
