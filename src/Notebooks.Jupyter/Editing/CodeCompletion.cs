using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Notebooks.Kernel.Execution;

namespace Notebooks.Jupyter.Editing;

/// <summary>Answers <c>complete_request</c> from Roslyn's semantic model: members after a dot, else symbols in scope and keywords.</summary>
internal sealed class CodeCompletion(CSharpKernel kernel)
{
    private static readonly string[] Keywords = [.. SyntaxFacts.GetKeywordKinds().Select(SyntaxFacts.GetText).Where(k => k.Length > 0)];

    /// <summary>The completions at code point <paramref name="cursor"/>: matches and the code point range they replace.</summary>
    public (IReadOnlyList<string> Matches, int Start, int End) Complete(string code, int cursor)
    {
        var end = CodePoints.ToIndex(code, cursor);
        var start = end;
        while (start > 0 && CodePoints.IsIdentifierPart(code[start - 1]))
        {
            start--;
        }

        var prefix = code[start..end];
        var compilation = kernel.CompileDraft(DirectiveMask.Apply(code));
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var afterDot = start > 0 && code[start - 1] == '.';
        var symbols = afterDot ? Members(model, tree, start - 1) : model.LookupSymbols(start);
        var names = symbols.Where(s => s.CanBeReferencedByName).Select(s => s.Name);
        if (!afterDot)
        {
            names = names.Concat(Keywords);
        }

        var matches = names
            .Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => !n.StartsWith(prefix, StringComparison.Ordinal))
            .ThenBy(n => n, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return (matches, CodePoints.FromIndex(code, start), cursor);
    }

    private static IEnumerable<ISymbol> Members(SemanticModel model, SyntaxTree tree, int dot)
    {
        var token = tree.GetRoot().FindToken(dot);
        var target = token.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            QualifiedNameSyntax qualified => qualified.Left,
            _ => null,
        };
        if (target is null)
        {
            return [];
        }

        var position = target.SpanStart;
        if (model.GetSymbolInfo(target).Symbol is INamespaceOrTypeSymbol container)
        {
            return model.LookupSymbols(position, container, includeReducedExtensionMethods: true)
                .Where(s => container is INamespaceSymbol || s.IsStatic || s is INamedTypeSymbol);
        }

        var type = model.GetTypeInfo(target).Type;
        return type is null ? [] : model.LookupSymbols(position, type, includeReducedExtensionMethods: true).Where(s => !s.IsStatic || s.IsExtensionMethod());
    }
}
