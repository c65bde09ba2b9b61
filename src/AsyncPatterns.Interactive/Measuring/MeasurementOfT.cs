namespace AsyncPatterns.Interactive.Measuring;

/// <summary>How long one piece of work took, and what it returned.</summary>
/// <typeparam name="T">The work's result type.</typeparam>
/// <param name="Elapsed">The time from starting the work to its task completing.</param>
/// <param name="Result">The work's result.</param>
public sealed record Measurement<T>(TimeSpan Elapsed, T Result) : Measurement(Elapsed)
{
    private const int MaxResultLength = 60;

    /// <summary>Reads like <c>elapsed 203 ms, result 42</c> (long results are cut short).</summary>
    public override string ToString()
    {
        var result = Result?.ToString() ?? "null";
        return $"{base.ToString()}, result {(result.Length > MaxResultLength ? string.Concat(result.AsSpan(0, MaxResultLength), "…") : result)}";
    }
}
