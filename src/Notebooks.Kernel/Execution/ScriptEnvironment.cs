using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Notebooks.Kernel.Scripting;

namespace Notebooks.Kernel.Execution;

/// <summary>What every cell compiles against: .NET Interactive's default references and imports, the latest language version.</summary>
internal static class ScriptEnvironment
{
    /// <summary>The namespaces every cell imports: exactly those of .NET Interactive's C# kernel (not System.Threading); <c>x.Display()</c> and
    /// <c>DisplayAs</c> are the formatting library's, in <c>System</c>.</summary>
    public static readonly ImmutableArray<string> DefaultImports =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Linq", "System.Threading.Tasks",
    ];

    /// <summary>Assemblies cells share with the kernel, one instance: the formatting library (so <c>Formatter.Register</c> in a cell
    /// reaches the formatter the kernel shows values with) and .NET Interactive's core, whose <c>Kernel</c> extensions are given.</summary>
    /// <remarks>A package that depends on them (Plotly.NET.Interactive does) is given these copies rather than its own.</remarks>
    public static readonly IReadOnlyList<System.Reflection.Assembly> SharedWithCells =
        [typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly, typeof(Microsoft.DotNet.Interactive.Kernel).Assembly];

    private static readonly string[] SharedFrameworks = ["Microsoft.NETCore.App", "Microsoft.AspNetCore.App"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadDefaultReferences);

    /// <summary>Script options with the default references and imports and C# latest.</summary>
    public static ScriptOptions CreateOptions() =>
        ScriptOptions.Default
            .WithMetadataResolver(new MappedMissingAssemblyResolver(ScriptOptions.Default.MetadataResolver))
            .WithReferences(References.Value)
            .WithImports(DefaultImports)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8);

    /// <summary>The paths of the shared framework assemblies the process runs on.</summary>
    public static IReadOnlyList<string> FrameworkAssemblyPaths()
    {
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var paths = trusted.Where(p => SharedFrameworks.Any(f => p.Contains($"{Path.DirectorySeparatorChar}{f}{Path.DirectorySeparatorChar}", StringComparison.Ordinal))).ToList();
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        foreach (var framework in SharedFrameworks)
        {
            if (!paths.Any(p => p.Contains($"{Path.DirectorySeparatorChar}{framework}{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                var folder = Path.Combine(runtimeDirectory, "..", "..", framework, Path.GetFileName(runtimeDirectory));
                paths.AddRange(Directory.Exists(folder) ? Directory.GetFiles(folder, "*.dll") : []);
            }
        }

        return paths;
    }

    /// <summary>The path of the shared framework assembly named <paramref name="name"/> (<c>#r "System.Threading.RateLimiting"</c>), or null.</summary>
    public static string? FrameworkAssembly(string name) =>
        name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal)
            ? null
            : FrameworkAssemblyPaths().FirstOrDefault(p => string.Equals(Path.GetFileNameWithoutExtension(p), name, StringComparison.OrdinalIgnoreCase));

    /// <summary><see cref="DefaultReferences"/> found in the shared framework (a runtime without one of them goes without it), this kernel's
    /// own assembly and the formatting library, as in .NET Interactive.</summary>
    private static ImmutableArray<MetadataReference> LoadDefaultReferences()
    {
        var byName = FrameworkAssemblyPaths()
            .GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return
        [
            .. DefaultReferences.FrameworkAssemblies.Select(n => byName.GetValueOrDefault(n)).OfType<string>()
                .Append(typeof(ScriptGlobals).Assembly.Location)
                .Append(SharedWithCells[0].Location)
                .Select(MappedReference),
        ];
    }

    /// <summary>A reference that maps the file and reads metadata on demand; CreateFromFile would read all ~100 MB of the framework up front.</summary>
    private static MetadataReference MappedReference(string path) => AssemblyMetadata.CreateFromFile(path).GetReference(filePath: path);
}
