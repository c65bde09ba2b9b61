using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Notebooks.Jupyter.Editing;

/// <summary>Answers <c>is_complete_request</c>: whether a console should run the code or wait for more lines.</summary>
internal static class CompletenessCheck
{
    private static readonly CSharpParseOptions ScriptParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary><c>complete</c> or <c>incomplete</c>, by Roslyn's <see cref="SyntaxFactory.IsCompleteSubmission"/>.</summary>
    public static string Status(string code)
    {
        var masked = DirectiveMask.Apply(code);
        if (string.IsNullOrWhiteSpace(masked))
        {
            return "complete";
        }

        var tree = SyntaxFactory.ParseSyntaxTree(masked, ScriptParseOptions);
        return SyntaxFactory.IsCompleteSubmission(tree) ? "complete" : "incomplete";
    }
}
