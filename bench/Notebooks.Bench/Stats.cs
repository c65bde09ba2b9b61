namespace Notebooks.Bench;

/// <summary>Median, percentiles and min of a set of timings, in milliseconds.</summary>
internal sealed record Stats(int Count, double Median, double P90, double Min, double Max)
{
    /// <summary>Summarises <paramref name="samples"/> (milliseconds).</summary>
    public static Stats Of(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0)
        {
            return new Stats(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = samples.Order().ToArray();
        return new Stats(sorted.Length, Percentile(sorted, 0.5), Percentile(sorted, 0.9), sorted[0], sorted[^1]);
    }

    /// <summary>One line: count, median, p90, min, max.</summary>
    public override string ToString() => $"n={Count,-4} median {Median,8:0.0} ms   p90 {P90,8:0.0} ms   min {Min,8:0.0} ms   max {Max,8:0.0} ms";

    private static double Percentile(double[] sorted, double p)
    {
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
