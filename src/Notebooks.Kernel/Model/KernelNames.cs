namespace Notebooks.Kernel.Model;

/// <summary>Polyglot's kernel names and their aliases, as <c>#!name</c> lines and cell metadata use them.</summary>
public static class KernelNames
{
    /// <summary>The C# kernel's name.</summary>
    public const string CSharp = "csharp";

    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["csharp"] = CSharp, ["c#"] = CSharp, ["C#"] = CSharp,
        ["fsharp"] = "fsharp", ["f#"] = "fsharp", ["F#"] = "fsharp",
        ["pwsh"] = "pwsh", ["powershell"] = "pwsh",
        ["javascript"] = "javascript", ["js"] = "javascript",
        ["markdown"] = "markdown", ["md"] = "markdown",
        ["html"] = "html", ["sql"] = "sql", ["kql"] = "kql", ["mermaid"] = "mermaid",
        ["http"] = "http", ["value"] = "value", ["python"] = "python",
    };

    /// <summary>The canonical kernel for a name or alias, or null when it is not a kernel.</summary>
    public static string? Resolve(string name) => Known.GetValueOrDefault(name);

    /// <summary>All built-in names and aliases with their canonical kernel.</summary>
    public static IReadOnlyDictionary<string, string> All => Known;

    /// <summary>The kernel a code cell runs in: its metadata, else a <c>#!kernel</c> first line, else the notebook's default.</summary>
    public static string ForCell(NotebookCell cell, string notebookDefault)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var firstLine = cell.Source.Split('\n', 2)[0].Trim();
        if (firstLine.StartsWith("#!", StringComparison.Ordinal) && Resolve(firstLine[2..]) is { } fromSource)
        {
            return fromSource;
        }

        var named = CellMetadata.KernelName(cell);
        return named is null ? notebookDefault : Resolve(named) ?? named;
    }
}
