using System.Diagnostics;

namespace Notebooks.Bench;

/// <summary>Monotonic timestamps comparable across processes (CLOCK_MONOTONIC on Linux).</summary>
internal static class Clock
{
    /// <summary>Milliseconds between two <see cref="Stopwatch.GetTimestamp"/> values.</summary>
    public static double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    /// <summary>Times <paramref name="action"/> in milliseconds.</summary>
    public static async Task<double> TimeAsync(Func<Task> action)
    {
        var start = Stopwatch.GetTimestamp();
        await action();
        return Ms(start, Stopwatch.GetTimestamp());
    }
}
