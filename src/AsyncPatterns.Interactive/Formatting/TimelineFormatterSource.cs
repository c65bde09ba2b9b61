using System.Collections;
using AsyncPatterns.Interactive.Timelines;

namespace AsyncPatterns.Interactive.Formatting;

/// <summary>Creates the formatters of <see cref="Timeline"/>: HTML chart, SVG and text table.</summary>
internal sealed class TimelineFormatterSource
{
    /// <summary>The formatters, by the .NET Interactive convention.</summary>
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new ConventionFormatter<Timeline>("text/html", t => t.ToHtml()),
        new ConventionFormatter<Timeline>("image/svg+xml", t => t.ToSvg()),
        new ConventionFormatter<Timeline>("text/plain", t => t.ToString()),
    };
}
