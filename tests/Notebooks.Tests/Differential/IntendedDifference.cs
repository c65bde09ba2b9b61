using System.Text.RegularExpressions;

namespace Notebooks.Tests.Differential;

/// <summary>A difference between the engines that was reviewed and is kept on purpose, or kept until a named change removes it.</summary>
/// <param name="Id">A short name for the entry.</param>
/// <param name="Aspect">A regular expression the aspect must match whole (see <see cref="CellComparison.Aspects"/>).</param>
/// <param name="Ours">A regular expression our side must match whole.</param>
/// <param name="Theirs">A regular expression .NET Interactive's side must match whole.</param>
/// <param name="Reason">Why the engines may differ here.</param>
internal sealed record IntendedDifference(string Id, string Aspect, string Ours, string Theirs, string Reason)
{
    /// <summary>When set, a regular expression <c>corpus/notebook/cell label</c> must match whole.</summary>
    public string? Where { get; init; }

    /// <summary>When set, the change that is to remove the difference (it is known, not intended).</summary>
    public string? Until { get; init; }

    /// <summary>The difference depends on the run (scheduling, failures injected at random), so a run may not show it.</summary>
    public bool Varies { get; init; }

    /// <summary>Whether this entry covers <paramref name="difference"/>.</summary>
    public bool Covers(CellDifference difference) =>
        Whole(Aspect, difference.Aspect)
        && Whole(Ours, difference.Ours)
        && Whole(Theirs, difference.Theirs)
        && (Where is null || Whole(Where, $"{difference.Corpus}/{difference.Notebook}/{difference.Cell}"));

    /// <summary>Whether the entry's aspect pattern takes in <paramref name="aspect"/>.</summary>
    public bool CoversAspect(string aspect) => Whole(Aspect, aspect);

    private static bool Whole(string pattern, string text) =>
        Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
