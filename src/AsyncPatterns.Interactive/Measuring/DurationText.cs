using System.Globalization;

namespace AsyncPatterns.Interactive.Measuring;

/// <summary>Short, culture-invariant durations: <c>0.042 ms</c>, <c>3.14 ms</c>, <c>42.5 ms</c>, <c>203 ms</c>, <c>12.3 s</c>.</summary>
internal static class DurationText
{
    /// <summary>Formats <paramref name="duration"/> with about three significant digits.</summary>
    public static string Format(TimeSpan duration)
    {
        var ms = duration.TotalMilliseconds;
        var magnitude = Math.Abs(ms);
        return magnitude switch
        {
            < 1 => Invariant(ms, "0.000", "ms"),
            < 10 => Invariant(ms, "0.00", "ms"),
            < 100 => Invariant(ms, "0.0", "ms"),
            < 10_000 => Invariant(ms, "0", "ms"),
            _ => Invariant(duration.TotalSeconds, "0.0", "s"),
        };
    }

    /// <summary>Formats a ratio like <c>3.02x</c>, or <c>n/a</c> when it is not finite.</summary>
    public static string Ratio(double ratio) =>
        double.IsFinite(ratio) ? ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x" : "n/a";

    private static string Invariant(double value, string format, string unit) =>
        value.ToString(format, CultureInfo.InvariantCulture) + " " + unit;
}
