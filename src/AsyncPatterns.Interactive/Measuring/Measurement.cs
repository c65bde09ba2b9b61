namespace AsyncPatterns.Interactive.Measuring;

/// <summary>How long one piece of work took.</summary>
/// <param name="Elapsed">The time from starting the work to its task completing.</param>
public record Measurement(TimeSpan Elapsed)
{
    /// <summary>Reads like <c>elapsed 203 ms</c>.</summary>
    public override string ToString() => $"elapsed {DurationText.Format(Elapsed)}";
}
