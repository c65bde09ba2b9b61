namespace AsyncPatterns.Interactive.Measuring;

/// <summary>Measures async work and compares variants of it, for notebooks that show which approach is faster.</summary>
public static class Timing
{
    /// <summary>Runs <paramref name="work"/> and measures how long its task took, on <paramref name="timeProvider"/> (the system clock by default).</summary>
    public static Task<Measurement> MeasureAsync(Func<Task> work, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        return MeasureCoreAsync(work, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Runs <paramref name="work"/> and measures how long its task took, keeping the result.</summary>
    public static Task<Measurement<T>> MeasureAsync<T>(Func<Task<T>> work, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        return MeasureCoreAsync(work, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Runs each variant once, one after another, and compares their times.</summary>
    public static Task<Comparison> CompareAsync(params (string Name, Func<Task> Work)[] variants) =>
        CompareAsync(TimeProvider.System, 1, variants);

    /// <summary>Runs each variant <paramref name="repeat"/> times (round-robin, one at a time) and compares their median times.</summary>
    public static Task<Comparison> CompareAsync(int repeat, params (string Name, Func<Task> Work)[] variants) =>
        CompareAsync(TimeProvider.System, repeat, variants);

    /// <summary>Runs each variant <paramref name="repeat"/> times on <paramref name="timeProvider"/>'s clock and compares their median times.</summary>
    public static Task<Comparison> CompareAsync(TimeProvider timeProvider, int repeat, params (string Name, Func<Task> Work)[] variants)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        if (variants.Length == 0)
        {
            throw new ArgumentException("Give at least one variant.", nameof(variants));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, work) in variants)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(variants));
            ArgumentNullException.ThrowIfNull(work, nameof(variants));
            if (!names.Add(name))
            {
                throw new ArgumentException($"Two variants are named '{name}'.", nameof(variants));
            }
        }

        return CompareCoreAsync(timeProvider, repeat, [.. variants]);
    }

    private static async Task<Measurement> MeasureCoreAsync(Func<Task> work, TimeProvider clock)
    {
        var start = clock.GetTimestamp();
        await work().ConfigureAwait(false);
        return new Measurement(clock.GetElapsedTime(start));
    }

    private static async Task<Measurement<T>> MeasureCoreAsync<T>(Func<Task<T>> work, TimeProvider clock)
    {
        var start = clock.GetTimestamp();
        var result = await work().ConfigureAwait(false);
        return new Measurement<T>(clock.GetElapsedTime(start), result);
    }

    private static async Task<Comparison> CompareCoreAsync(TimeProvider clock, int repeat, (string Name, Func<Task> Work)[] variants)
    {
        var samples = variants.Select(_ => new List<TimeSpan>(repeat)).ToArray();
        for (var run = 0; run < repeat; run++)
        {
            for (var i = 0; i < variants.Length; i++)
            {
                var measurement = await MeasureCoreAsync(variants[i].Work, clock).ConfigureAwait(false);
                samples[i].Add(measurement.Elapsed);
            }
        }

        return Comparison.FromSamples(variants.Select((variant, i) => (variant.Name, (IReadOnlyList<TimeSpan>)samples[i])));
    }
}
