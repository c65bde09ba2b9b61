using Notebooks.Testing;

namespace AsyncPatterns.Interactive.Tests.Rendering;

/// <summary>A fact that needs <c>node</c> on the PATH to run the chart's script: skipped with the reason locally, run (and failing) when CI is "true".</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        Skip = Requirement.Skip(NodePath is null ? "node is not on the PATH" : null);
    }

    public static string? NodePath { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "node.exe" : "node"))
        .FirstOrDefault(File.Exists);
}
