using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Notebooks.Kernel.Display;
using Notebooks.Kernel.Extensions;
using Notebooks.Kernel.Scripting;

namespace Notebooks.Kernel.Execution;

/// <summary>The Roslyn side of a kernel: compiles each cell as a submission continuing the previous script state.</summary>
internal sealed partial class Submissions : IDisposable
{
    /// <summary>What an abandoned cell's code gets when it finally ends; nobody reports it, the cell was reported when abandoned.</summary>
    private static readonly CellOutcome Abandoned = CellOutcome.Failure(CellError.Of(CellErrorKind.Abandoned, "the cell was abandoned"));

    private readonly CSharpKernel kernel;
    private readonly PackageSet packages;
    private readonly ScriptGlobals globals = new();
    private readonly List<string> packageAssemblies = [];
    private readonly HashSet<string> addedReferences = new(StringComparer.Ordinal);
    private readonly ExtensionLoader extensions;
    private ScriptOptions options;
    private ScriptState<object>? state;
    private int inheritedReferences;

    public Submissions(CSharpKernel kernel)
    {
        this.kernel = kernel;
        options = ScriptEnvironment.CreateOptions();
        packages = new PackageSet(kernel.Options);
        extensions = new ExtensionLoader(this);
        DisplayedValues.EnsureInstalled();
        addedReferences.UnionWith(options.MetadataReferences.OfType<PortableExecutableReference>().Select(r => r.FilePath).OfType<string>());
    }

    /// <summary>The value of the last submission that ran, or null.</summary>
    public object? LastValue => state?.ReturnValue;

    /// <summary>Disposes what loading kernel extensions created.</summary>
    public void Dispose() => extensions.Dispose();

    /// <summary>Runs a cell's directives, then its code; outputs go to <paramref name="context"/>.</summary>
    public async Task<CellOutcome> RunCellAsync(CellRequest request, CellContext context)
    {
        var clock = Stopwatch.StartNew();
        var directives = CellDirectives.Parse(request.Code);
        if (directives.Error is not null)
        {
            return CellOutcome.Failure(directives.Error);
        }

        var outcome = await ApplyDirectivesAsync(directives, context).ConfigureAwait(false);
        if (outcome.Status == CellStatus.Succeeded && !string.IsNullOrWhiteSpace(directives.Code))
        {
            outcome = await RunCodeAsync(directives.Code, context.Name, context).ConfigureAwait(false);
        }

        if (directives.Time)
        {
            context.Emit(new DisplayEvent(FormattedValue.FromText(FormattedValue.PlainTextMimeType, $"Wall time: {clock.Elapsed.TotalMilliseconds:0} ms"), context.NextDisplayId()));
        }

        return outcome;
    }

    /// <summary>References <paramref name="paths"/> from the next submission on; a path referenced already is skipped.</summary>
    public void AddReferences(IEnumerable<string> paths) =>
        options = options.AddReferences(paths.Where(addedReferences.Add).Select(p => MetadataReference.CreateFromFile(p)));

    /// <summary>Compiles and runs C# continuing the script state; the state is kept even when the code throws or is cancelled.</summary>
    /// <remarks>
    /// Roslyn gets no token: a cancelled token would make it drop the state; the cell's own token stops cooperative code.
    /// A later submission is given only the references its predecessors lack: it inherits theirs, and binding them all again costs milliseconds per cell.
    /// </remarks>
    /// <param name="code">The C#.</param>
    /// <param name="name">The submission's file name in diagnostics and stack traces.</param>
    /// <param name="context">Where its outputs go.</param>
    /// <param name="showValue">Whether a trailing expression's value is shown (not for the kernel's own submissions).</param>
    public async Task<CellOutcome> RunCodeAsync(string code, string name, CellContext context, bool showValue = true)
    {
        var cellOptions = options.WithFilePath(name);
        var references = options.MetadataReferences.Length;
        var script = state is null
            ? CSharpScript.Create(code, cellOptions, typeof(ScriptGlobals), SharedAssemblyLoader.Acquire(packageAssemblies))
            : state.Script.ContinueWith(code, cellOptions.WithReferences(options.MetadataReferences.Skip(inheritedReferences)));
        var diagnostics = script.Compile(CancellationToken.None);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return CellOutcome.Failure(ErrorFormatter.FromDiagnostics(diagnostics));
        }

        context.CodeCompiled();
        ScriptState<object> next;
        try
        {
            next = state is null
                ? await script.RunAsync(globals, _ => true, CancellationToken.None).ConfigureAwait(false)
                : await script.RunFromAsync(state, _ => true, CancellationToken.None).ConfigureAwait(false);
        }
        catch (CompilationErrorException e)
        {
            return CellOutcome.Failure(ErrorFormatter.FromDiagnostics(e.Diagnostics));
        }

        if (!context.TryCommit(() => (state, inheritedReferences) = (next, references)))
        {
            return Abandoned;
        }

        kernel.LateFailures.Register(next.Script.GetCompilation().AssemblyName!, context.Cell);
        if (next.Exception is { } exception)
        {
            return CellOutcome.Failure(ErrorFormatter.FromException(exception));
        }

        if (showValue && HasValue(next.Script) && next.ReturnValue is not Microsoft.DotNet.Interactive.Formatting.DisplayedValue)
        {
            context.Emit(new ReturnValueEvent(context.Format(next.ReturnValue, [])));
        }

        return CellOutcome.Success;
    }

    /// <summary>The compilation <paramref name="code"/> would have as the next cell, without running it: for completion.</summary>
    public Compilation CompileDraft(string code)
    {
        var current = state;
        var script = current is null
            ? CSharpScript.Create(code, options, typeof(ScriptGlobals))
            : current.Script.ContinueWith(code, options);
        return script.GetCompilation();
    }

    /// <summary>Whether the submission ends with an expression that has a value (no semicolon, not void).</summary>
    private static bool HasValue(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        if (tree.GetRoot().ChildNodes().LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement })
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }
}
