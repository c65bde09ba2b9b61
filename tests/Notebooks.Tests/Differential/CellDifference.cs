namespace Notebooks.Tests.Differential;

/// <summary>One way the engines disagree on one cell.</summary>
/// <param name="Corpus">The corpus, for example <c>collection</c>.</param>
/// <param name="Notebook">The notebook's file name.</param>
/// <param name="Cell">The cell's label, <c>cell N [id]</c>.</param>
/// <param name="Aspect">What differs: one of <see cref="CellComparison.Aspects"/>.</param>
/// <param name="Ours">Our kernel's side.</param>
/// <param name="Theirs">.NET Interactive's side.</param>
internal sealed record CellDifference(string Corpus, string Notebook, string Cell, string Aspect, string Ours, string Theirs)
{
    /// <summary>The difference as a failure message lists it.</summary>
    public override string ToString() =>
        $"{Corpus} / {Notebook} / {Cell}: {Aspect}\n      ours:   {Quote(Ours)}\n      theirs: {Quote(Theirs)}";

    private static string Quote(string text)
    {
        var escaped = text.Replace("\n", "\\n", StringComparison.Ordinal);
        return escaped.Length > 400 ? escaped[..400] + "…" : escaped;
    }
}
