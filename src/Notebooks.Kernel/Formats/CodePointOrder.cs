namespace Notebooks.Kernel.Formats;

/// <summary>Orders strings by Unicode code point, as Python sorts keys (UTF-16 ordinal order differs above U+FFFF).</summary>
internal sealed class CodePointOrder : IComparer<string>
{
    public static readonly CodePointOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = x ?? "";
        var b = y ?? "";
        var common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        return Rank(a[common]).CompareTo(Rank(b[common]));
    }

    // Surrogates (U+D800-DFFF) encode code points above U+FFFF, so they rank above U+E000-FFFF.
    private static int Rank(char c) => c switch
    {
        >= '\uD800' and <= '\uDFFF' => c + 0x2000,
        >= '\uE000' => c - 0x800,
        _ => c,
    };
}
