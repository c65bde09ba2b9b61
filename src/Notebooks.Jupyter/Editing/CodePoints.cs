using System.Globalization;

namespace Notebooks.Jupyter.Editing;

/// <summary>Jupyter counts cursor positions in Unicode code points; .NET strings count UTF-16 units.</summary>
internal static class CodePoints
{
    /// <summary>The UTF-16 index of code point <paramref name="position"/>, clamped to the text.</summary>
    public static int ToIndex(string text, int position)
    {
        var index = 0;
        for (var point = 0; point < position && index < text.Length; point++)
        {
            index += char.IsSurrogatePair(text, index) ? 2 : 1;
        }

        return index;
    }

    /// <summary>The code point position of UTF-16 <paramref name="index"/>.</summary>
    public static int FromIndex(string text, int index)
    {
        var points = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            points += char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 0 : 1;
        }

        return points;
    }

    /// <summary>Whether <paramref name="c"/> can be part of an identifier.</summary>
    public static bool IsIdentifierPart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.ConnectorPunctuation;
}
