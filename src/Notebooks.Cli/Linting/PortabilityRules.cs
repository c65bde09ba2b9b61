using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Notebooks.Cli.Linting;

/// <summary>What fails in .NET Interactive (the tool VS Code's Polyglot Notebooks runs) before any code runs, although this kernel accepts it.</summary>
internal static partial class PortabilityRules
{
    /// <summary>Names only this repository's kernel defines, with what works in every engine.</summary>
    private static readonly Dictionary<string, string> KernelOnlyNames = new(StringComparer.Ordinal)
    {
        ["CellCancellationToken"] = "use CurrentCell.CancellationToken from the companion library (using AsyncPatterns.Interactive;)",
    };

    private static readonly CSharpParseOptions Script = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>The problems of one code cell's source.</summary>
    public static IEnumerable<string> Check(string source)
    {
        foreach (Match match in IncludePattern().Matches(source))
        {
            var target = match.Groups[1].Value.Trim();
            if (!IsAbsolute(target))
            {
                yield return $"#i \"nuget: {target}\": .NET Interactive rejects a relative package source (\"Invalid URI\"); "
                    + "give an absolute path or a URI, or load the assembly with #r \"path/to/Library.dll\", which resolves relative to the notebook";
            }
        }

        var tree = CSharpSyntaxTree.ParseText(source, Script);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && KernelOnlyNames.TryGetValue(token.ValueText, out var instead) && seen.Add(token.ValueText))
            {
                var line = token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                yield return $"line {line}: {token.ValueText} exists only in this repository's kernel; .NET Interactive fails with CS0103: {instead}";
            }
        }
    }

    private static bool IsAbsolute(string source) =>
        source.Contains("://", StringComparison.Ordinal) || source.StartsWith('/') || source.StartsWith('\\') || WindowsRootPattern().IsMatch(source);

    [GeneratedRegex("""^\s*#i\s+"nuget:([^"]*)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex IncludePattern();

    [GeneratedRegex(@"^[A-Za-z]:[\\/]")]
    private static partial Regex WindowsRootPattern();
}
