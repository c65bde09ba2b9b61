using System.Text.RegularExpressions;

namespace Notebooks.Cli.Tests.Reporting;

/// <summary>ANSI escape sequences in rendered output: stripping them, and finding the ones that set a colour.</summary>
internal static partial class Ansi
{
    /// <summary>The text without escape sequences.</summary>
    public static string Strip(string text) => Escape().Replace(text, "");

    /// <summary>True when a select-graphic-rendition sequence sets a foreground or background colour.</summary>
    public static bool HasColour(string text) =>
        Graphics().Matches(text).SelectMany(m => m.Groups[1].Value.Split(';')).Any(IsColour);

    private static bool IsColour(string parameter) =>
        int.TryParse(parameter, out var code) && code is (>= 30 and <= 38) or (>= 40 and <= 48) or (>= 90 and <= 97) or (>= 100 and <= 107);

    [GeneratedRegex(@"\x1b(\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\x1b\[([0-9;]*)m")]
    private static partial Regex Graphics();
}
