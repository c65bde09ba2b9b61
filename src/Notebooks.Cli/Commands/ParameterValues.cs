namespace Notebooks.Cli.Commands;

/// <summary>The <c>-p name=value</c> values of <c>run</c> and <c>worker</c>, as a map: names trimmed, the last value of a name wins.</summary>
internal static class ParameterValues
{
    /// <summary>Parses <paramref name="values"/> (each <c>name=value</c>; a missing value is empty).</summary>
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string>? values) =>
        (values ?? [])
            .Select(p => p.Split('=', 2))
            .GroupBy(p => p[0].Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last() is [_, var value] ? value : "", StringComparer.Ordinal);
}
