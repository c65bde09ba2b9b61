using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Packages;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Linting;

/// <summary>The collection's conventions: NN-kebab-title names, no outputs, cell ids, Polyglot's metadata, package versions as pinned, nothing .NET Interactive rejects.</summary>
internal static partial class NotebookLinter
{
    /// <summary>The findings for one notebook, read from <paramref name="path"/>.</summary>
    public static IEnumerable<LintFinding> Check(string path, Notebook notebook, IReadOnlyDictionary<string, string> pinned)
    {
        if (!NamePattern().IsMatch(Path.GetFileName(path)))
        {
            yield return new(path, null, "name it NN-kebab-title.ipynb (two digits, lowercase words joined by '-')");
        }

        if (notebook.FormatMinor < 5)
        {
            yield return new(path, null, $"nbformat 4.{notebook.FormatMinor}: use 4.5, where cells have ids");
        }

        foreach (var problem in NotebookMetadata(notebook.Metadata))
        {
            yield return new(path, null, problem);
        }

        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            var place = CellLabel.Of(i + 1, cell.Id);
            foreach (var problem in CellProblems(cell, pinned))
            {
                yield return new(path, place, problem);
            }
        }
    }

    private static IEnumerable<string> NotebookMetadata(JsonObject metadata)
    {
        if (At(metadata, "kernelspec", "name") != ".net-csharp" || At(metadata, "kernelspec", "language") != "C#")
        {
            yield return "metadata.kernelspec must be {\"display_name\": \".NET (C#)\", \"language\": \"C#\", \"name\": \".net-csharp\"}";
        }

        if (At(metadata, "language_info", "name") != "polyglot-notebook")
        {
            yield return "metadata.language_info.name must be \"polyglot-notebook\"";
        }

        if (At(metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName") != KernelNames.CSharp)
        {
            yield return "metadata.polyglot_notebook.kernelInfo.defaultKernelName must be \"csharp\"";
        }
    }

    private static IEnumerable<string> CellProblems(NotebookCell cell, IReadOnlyDictionary<string, string> pinned)
    {
        if (cell.Id is null)
        {
            yield return "has no id";
        }

        if (cell.Kind != CellKind.Code)
        {
            yield break;
        }

        if (cell.Outputs.Count > 0 || cell.ExecutionCount is not null)
        {
            yield return "carries outputs; commit notebooks without outputs";
        }

        if (CellMetadata.KernelName(cell) != KernelNames.CSharp || At(cell.Metadata, "dotnet_interactive", "language") != KernelNames.CSharp)
        {
            yield return "code cell metadata must name csharp in both polyglot_notebook.kernelName and dotnet_interactive.language";
        }

        foreach (var problem in PortabilityRules.Check(cell.Source))
        {
            yield return problem;
        }

        foreach (Match match in NuGetPattern().Matches(cell.Source))
        {
            if (PackageRequest.Parse(match.Groups[1].Value) is not { } request)
            {
                continue;
            }

            if (request.Version is null)
            {
                yield return $"#r \"nuget: {request.Id}\" has no version; pin one";
            }
            else if (pinned.TryGetValue(request.Id, out var version) && version != request.Version)
            {
                yield return $"#r \"nuget: {request.Id}, {request.Version}\" differs from the version the repository pins ({version})";
            }
        }
    }

    /// <summary>The string at a path of object keys, or null when any step is missing or not an object.</summary>
    private static string? At(JsonObject root, params string[] keys)
    {
        JsonNode? node = root;
        foreach (var key in keys)
        {
            node = (node as JsonObject)?[key];
        }

        return node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
    }

    [GeneratedRegex(@"^\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.ipynb$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("""^\s*#r\s+"nuget:([^"]*)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex NuGetPattern();
}
