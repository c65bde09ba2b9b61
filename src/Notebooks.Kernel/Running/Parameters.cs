using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Running;

/// <summary>Papermill's convention: values given on the command line override variables of the cell tagged <c>parameters</c>, in a cell injected after it.</summary>
public static class Parameters
{
    /// <summary>The tag of the cell whose variables can be overridden.</summary>
    public const string Tag = "parameters";

    /// <summary>The tag (and id) of the injected cell.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>Injects <paramref name="values"/> after the parameters cell; returns the problems (no such cell, unknown names) instead.</summary>
    public static IReadOnlyList<string> Inject(Notebook notebook, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return [];
        }

        var index = notebook.Cells.FindIndex(c => c.Kind == CellKind.Code && c.HasTag(Tag));
        if (index < 0)
        {
            return ["no code cell is tagged \"parameters\", so -p has nothing to override"];
        }

        var declared = DeclaredNames(notebook.Cells[index].Source);
        var unknown = values.Keys.Where(k => !declared.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return [.. unknown.Select(name => $"-p {name}: the parameters cell declares no variable named \"{name}\" (it declares: {string.Join(", ", declared.Order(StringComparer.Ordinal))})")];
        }

        var source = string.Join('\n', values.Select(p => $"{p.Key} = {Literal(p.Value)};"));
        var injected = new NotebookCell(CellKind.Code, "// Parameters given on the command line\n" + source, InjectedTag)
        {
            Metadata = CellMetadata.ForKernel(KernelNames.CSharp),
        };
        injected.Metadata["tags"] = new System.Text.Json.Nodes.JsonArray(InjectedTag);
        notebook.Cells.Insert(index + 1, injected);
        return [];
    }

    /// <summary>A C# expression for a value: numbers and booleans as written, anything else as a string literal.</summary>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return bool.TryParse(value, out var flag) ? (flag ? "true" : "false")
            : long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? value
            : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !value.Contains(',', StringComparison.Ordinal) ? value
            : SymbolDisplay.FormatLiteral(value, quote: true);
    }

    private static HashSet<string> DeclaredNames(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithKind(Microsoft.CodeAnalysis.SourceCodeKind.Script)).GetRoot();
        return root.DescendantNodes()
            .OfType<GlobalStatementSyntax>()
            .Select(g => g.Statement)
            .OfType<LocalDeclarationStatementSyntax>()
            .SelectMany(d => d.Declaration.Variables.Select(v => v.Identifier.ValueText))
            .Concat(root.DescendantNodes().OfType<FieldDeclarationSyntax>().SelectMany(f => f.Declaration.Variables.Select(v => v.Identifier.ValueText)))
            .ToHashSet(StringComparer.Ordinal);
    }
}
