using Microsoft.CodeAnalysis;

namespace Notebooks.Kernel.Execution;

/// <summary>A cell's directives: <c>#r</c> references, <c>#r "nuget:"</c> packages and their kernel extensions.</summary>
internal sealed partial class Submissions
{
    private async Task<CellOutcome> ApplyDirectivesAsync(CellDirectives directives, CellContext context)
    {
        var references = new List<MetadataReference>();
        foreach (var path in directives.References)
        {
            var full = Path.GetFullPath(path, kernel.Options.BaseDirectory);
            if (!File.Exists(full) && ScriptEnvironment.FrameworkAssembly(path) is { } framework)
            {
                full = framework;
            }
            else if (!File.Exists(full))
            {
                return CellOutcome.Failure(CellError.Of(CellErrorKind.Directive, $"#r \"{path}\": no such file ({full}) and no framework assembly of that name"));
            }

            if (addedReferences.Add(full))
            {
                references.Add(MetadataReference.CreateFromFile(full));
            }
        }

        options = options.AddReferences(references);
        if (directives.Packages.Count == 0 && directives.Sources.Count == 0)
        {
            return CellOutcome.Success;
        }

        var added = await packages.AddAsync(directives.Packages, directives.Sources, context.CancellationToken).ConfigureAwait(false);
        if (added.Error is not null)
        {
            return CellOutcome.Failure(added.Error);
        }

        if (!context.TryCommit(() => AddPackageAssemblies(added.Assemblies)))
        {
            return Abandoned;
        }
        foreach (var extension in added.Extensions)
        {
            await extensions.LoadAsync(extension, context).ConfigureAwait(false);
            var outcome = extension.Script is null ? CellOutcome.Success : await RunExtensionAsync(extension.Script, context).ConfigureAwait(false);
            if (outcome.Status != CellStatus.Succeeded)
            {
                return outcome;
            }
        }

        return CellOutcome.Success;
    }

    private void AddPackageAssemblies(IReadOnlyList<string> assemblies)
    {
        AddReferences(assemblies);
        packageAssemblies.AddRange(assemblies);
        if (state is not null)
        {
            SharedAssemblyLoader.Note(assemblies);
        }
    }

    private async Task<CellOutcome> RunExtensionAsync(string path, CellContext context)
    {
        var extension = Formats.NotebookFile.Read(path);
        foreach (var cell in extension.Cells.Where(c => c.Kind == Model.CellKind.Code))
        {
            var outcome = await RunCodeAsync(cell.Source, path, context).ConfigureAwait(false);
            if (outcome.Status != CellStatus.Succeeded)
            {
                return outcome;
            }
        }

        return CellOutcome.Success;
    }
}
