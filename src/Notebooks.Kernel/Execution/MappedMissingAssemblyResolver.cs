using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Notebooks.Kernel.Execution;

/// <summary>Resolves the assemblies that references need (Roslyn, for the kernel's own assembly) as mapped files, once per process; Roslyn's resolver reads each whole file for every submission.</summary>
internal sealed class MappedMissingAssemblyResolver(MetadataReferenceResolver inner) : MetadataReferenceResolver
{
    private static readonly Lazy<Dictionary<string, string>> Trusted = new(() =>
        (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(p => Path.GetFileNameWithoutExtension(p.AsSpan()).ToString(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase));

    private static readonly ConcurrentDictionary<string, PortableExecutableReference> Resolved = new(StringComparer.Ordinal);

    private readonly MetadataReferenceResolver inner = inner;

    /// <summary>Whether missing assemblies are resolved: as the inner resolver says.</summary>
    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    /// <summary>Resolves <c>#r</c> paths with the inner resolver.</summary>
    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
        inner.ResolveReference(reference, baseFilePath, properties);

    /// <summary>Finds <paramref name="referenceIdentity"/> beside the assembly that needs it, else among the process's trusted assemblies, as Roslyn does.</summary>
    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity)
    {
        var beside = definition is PortableExecutableReference { FilePath: { } path } ? Path.Combine(Path.GetDirectoryName(path)!, referenceIdentity.Name + ".dll") : null;
        var found = beside is not null && File.Exists(beside) ? beside : Trusted.Value.GetValueOrDefault(referenceIdentity.Name);
        return found is null ? null : Resolved.GetOrAdd(found, p => AssemblyMetadata.CreateFromFile(p).GetReference(filePath: p));
    }

    /// <summary>Equal when the inner resolvers are.</summary>
    public override bool Equals(object? obj) => obj is MappedMissingAssemblyResolver other && inner.Equals(other.inner);

    /// <summary>The inner resolver's hash.</summary>
    public override int GetHashCode() => inner.GetHashCode();
}
