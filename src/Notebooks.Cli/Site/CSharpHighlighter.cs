using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Classification;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Notebooks.Cli.Site;

/// <summary>C# cells as HTML: Roslyn's classifier (script parse options) marks each token with a CSS class (<c>cs-keyword</c>, <c>cs-string</c>, ...).</summary>
internal sealed class CSharpHighlighter : IDisposable
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        usings: ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks"]);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
    ]);

    private readonly AdhocWorkspace workspace = new();
    private readonly Project project;

    /// <summary>Creates a highlighter with a script project of its own: the framework's System assemblies and the kernel's default imports.</summary>
    public CSharpHighlighter() =>
        project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "cells",
            "cells",
            LanguageNames.CSharp,
            compilationOptions: CompilationOptions,
            parseOptions: ParseOptions,
            metadataReferences: References.Value,
            isSubmission: true));

    /// <summary>The cell's code as HTML, each classified token in a span with its CSS class.</summary>
    public async Task<string> HighlightAsync(string code, CancellationToken cancellationToken)
    {
        var document = project.AddDocument("cell.csx", SourceText.From(code));
        var spans = (await Classifier.GetClassifiedSpansAsync(document, new TextSpan(0, code.Length), cancellationToken))
            .Where(s => !ClassificationTypeNames.AdditiveTypeNames.Contains(s.ClassificationType))
            .OrderBy(s => s.TextSpan.Start);
        var html = new StringBuilder(code.Length * 2);
        var position = 0;
        foreach (var span in spans)
        {
            if (span.TextSpan.Start < position || span.TextSpan.IsEmpty)
            {
                continue;
            }

            html.Append(Html.Escape(code[position..span.TextSpan.Start]));
            var token = Html.Escape(code.Substring(span.TextSpan.Start, span.TextSpan.Length));
            html.Append(CssClass(span.ClassificationType) is { } css ? $"<span class=\"{css}\">{token}</span>" : token);
            position = span.TextSpan.End;
        }

        return html.Append(Html.Escape(code[position..])).ToString();
    }

    /// <inheritdoc/>
    public void Dispose() => workspace.Dispose();

    private static string? CssClass(string classification) => classification switch
    {
        ClassificationTypeNames.Keyword or ClassificationTypeNames.ControlKeyword => "cs-keyword",
        ClassificationTypeNames.PreprocessorKeyword or ClassificationTypeNames.PreprocessorText => "cs-preprocessor",
        ClassificationTypeNames.StringLiteral or ClassificationTypeNames.VerbatimStringLiteral or ClassificationTypeNames.StringEscapeCharacter => "cs-string",
        ClassificationTypeNames.NumericLiteral => "cs-number",
        ClassificationTypeNames.Comment => "cs-comment",
        ClassificationTypeNames.ClassName or ClassificationTypeNames.RecordClassName or ClassificationTypeNames.StructName
            or ClassificationTypeNames.RecordStructName or ClassificationTypeNames.InterfaceName or ClassificationTypeNames.EnumName
            or ClassificationTypeNames.DelegateName or ClassificationTypeNames.TypeParameterName => "cs-type",
        ClassificationTypeNames.MethodName or ClassificationTypeNames.ExtensionMethodName => "cs-method",
        _ when classification.StartsWith("xml doc comment", StringComparison.Ordinal) => "cs-comment",
        _ => null,
    };
}
