using Microsoft.CodeAnalysis;

namespace Notebooks.Jupyter.Editing;

/// <summary>Symbol tests the completion needs.</summary>
internal static class SymbolExtensions
{
    /// <summary>Whether the symbol is an extension method, reduced or not.</summary>
    public static bool IsExtensionMethod(this ISymbol symbol) => symbol is IMethodSymbol { IsExtensionMethod: true } or IMethodSymbol { ReducedFrom: not null };
}
