using System.Text.Json;

namespace Notebooks.Tests.Differential;

/// <summary>The one reviewed list (<c>intended-differences.json</c>): differences the check accepts, each with its reason, and notebooks it leaves out.</summary>
internal sealed record IntendedDifferences(IReadOnlyList<IntendedDifference> Differences, IReadOnlyList<ExcludedNotebook> Excluded)
{
    /// <summary>The file beside the test project's sources, copied to its output.</summary>
    public const string FileName = "intended-differences.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the list from the test's output folder.</summary>
    public static IntendedDifferences Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Differential", FileName);
        return JsonSerializer.Deserialize<IntendedDifferences>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"{FileName} is empty");
    }

    /// <summary>The entry that covers <paramref name="difference"/>, or null.</summary>
    public IntendedDifference? Covering(CellDifference difference) => Differences.FirstOrDefault(d => d.Covers(difference));

    /// <summary>Whether <paramref name="notebook"/> of <paramref name="corpus"/> is left out.</summary>
    public bool IsExcluded(string corpus, string notebook) => Excluded.Any(e => e.Corpus == corpus && e.Notebook == notebook);
}
