namespace AsyncPatterns.Interactive.Measuring;

/// <summary>One variant of a <see cref="Comparison"/>: its runs and their median, minimum and maximum.</summary>
public sealed class ComparisonRow
{
    internal ComparisonRow(string name, IReadOnlyList<TimeSpan> samples, TimeSpan fastestMedian)
    {
        Name = name;
        Samples = samples;
        Median = MedianOf(samples);
        Min = samples.Min();
        Max = samples.Max();
        RatioToFastest = Comparison.RatioOf(Median, fastestMedian);
    }

    /// <summary>The variant's name.</summary>
    public string Name { get; }

    /// <summary>Every run's time, in run order.</summary>
    public IReadOnlyList<TimeSpan> Samples { get; }

    /// <summary>How many times the variant ran.</summary>
    public int Runs => Samples.Count;

    /// <summary>The median run time (the mean of the middle two for an even count).</summary>
    public TimeSpan Median { get; }

    /// <summary>The fastest run.</summary>
    public TimeSpan Min { get; }

    /// <summary>The slowest run.</summary>
    public TimeSpan Max { get; }

    /// <summary>How far apart the fastest and slowest runs were.</summary>
    public TimeSpan Spread => Max - Min;

    /// <summary>This median over the fastest variant's median (1 for the fastest).</summary>
    public double RatioToFastest { get; }

    /// <summary>The middle value, or the mean of the middle two for an even count.</summary>
    internal static TimeSpan MedianOf(IReadOnlyList<TimeSpan> samples)
    {
        var sorted = samples.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : TimeSpan.FromTicks((sorted[middle - 1].Ticks + sorted[middle].Ticks) / 2);
    }

    /// <summary>Reads like <c>sequential: median 612 ms (600 ms to 640 ms, 5 runs), 3.02x the fastest</c>.</summary>
    public override string ToString() =>
        $"{Name}: median {DurationText.Format(Median)} ({DurationText.Format(Min)} to {DurationText.Format(Max)}, {Runs} runs), {DurationText.Ratio(RatioToFastest)} the fastest";
}
