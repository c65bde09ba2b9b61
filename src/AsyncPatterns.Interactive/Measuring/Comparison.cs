using AsyncPatterns.Interactive.Formatting;
using AsyncPatterns.Interactive.Measuring.Rendering;

namespace AsyncPatterns.Interactive.Measuring;

/// <summary>The times of several variants of the same work, side by side; renders as a table and a bar chart.</summary>
[TypeFormatterSource(typeof(ComparisonFormatterSource), PreferredMimeTypes = ["text/html", "image/svg+xml", "text/plain"])]
public sealed class Comparison
{
    private Comparison(IReadOnlyList<ComparisonRow> rows)
    {
        Rows = rows;
        Fastest = rows.MinBy(row => row.Median)!;
    }

    /// <summary>One row per variant, in the order they were given.</summary>
    public IReadOnlyList<ComparisonRow> Rows { get; }

    /// <summary>The variant with the smallest median (the first of equals).</summary>
    public ComparisonRow Fastest { get; }

    /// <summary>The row of the variant named <paramref name="name"/>.</summary>
    public ComparisonRow Row(string name) =>
        Rows.FirstOrDefault(row => row.Name == name)
        ?? throw new KeyNotFoundException($"No variant is named '{name}'; the variants are {string.Join(", ", Rows.Select(row => $"'{row.Name}'"))}.");

    /// <summary>How many times slower <paramref name="slower"/>'s median is than <paramref name="faster"/>'s (above 1 when it really is slower).</summary>
    public double Ratio(string slower, string faster) => RatioOf(Row(slower).Median, Row(faster).Median);

    /// <summary>An HTML table followed by the bar chart as inline SVG; no script.</summary>
    public string ToHtml() => ComparisonHtmlRenderer.Render(this);

    /// <summary>A horizontal bar chart of the medians with min-to-max whiskers.</summary>
    public string ToSvg() => ComparisonSvgRenderer.Render(this);

    /// <summary>A fixed-width text table, culture-invariant.</summary>
    public override string ToString() => ComparisonTextRenderer.Render(this);

    /// <summary>Builds the rows from each variant's run times.</summary>
    internal static Comparison FromSamples(IEnumerable<(string Name, IReadOnlyList<TimeSpan> Samples)> variants)
    {
        var list = variants.ToArray();
        var fastest = list.Min(variant => ComparisonRow.MedianOf(variant.Samples));
        return new Comparison([.. list.Select(variant => new ComparisonRow(variant.Name, variant.Samples, fastest))]);
    }

    /// <summary><paramref name="time"/> over <paramref name="baseline"/>; 1 when both are zero, infinity when only the baseline is.</summary>
    internal static double RatioOf(TimeSpan time, TimeSpan baseline) =>
        baseline > TimeSpan.Zero ? time / baseline
        : time > TimeSpan.Zero ? double.PositiveInfinity
        : 1;
}
