using Notebooks.Kernel.Extensions;
using Notebooks.Kernel.Packages;

namespace Notebooks.Kernel.Execution;

/// <summary>The packages a kernel has loaded; each restore covers the whole set so versions stay consistent.</summary>
internal sealed class PackageSet(KernelOptions options)
{
    private readonly List<PackageRequest> requested = [];
    private readonly List<string> sources = [];
    private readonly HashSet<string> referenced = new(ScriptEnvironment.SharedWithCells.Select(a => a.Location), StringComparer.Ordinal);
    private readonly HashSet<string> loadedPackages = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds packages and sources, restores the set and returns what is new to reference.</summary>
    public async Task<PackageAddition> AddAsync(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> newSources, CancellationToken cancellationToken)
    {
        foreach (var source in newSources)
        {
            // As in .NET Interactive, a local source must exist when #i names it, not only when a restore needs it.
            if (PackageSources.LocalFolder(source) is { } folder && !Directory.Exists(folder))
            {
                return PackageAddition.Failed(CellError.Of(CellErrorKind.Directive, $"#i \"nuget: {source}\": the source directory {folder} does not exist"));
            }

            if (!sources.Contains(source))
            {
                sources.Add(source);
            }
        }

        foreach (var package in packages)
        {
            var earlier = requested.Find(p => string.Equals(p.Id, package.Id, StringComparison.OrdinalIgnoreCase));
            if (earlier is not null && earlier.Version != package.Version)
            {
                return PackageAddition.Failed(CellError.Of(
                    CellErrorKind.PackageConflict,
                    $"{package.Id} {earlier.Version ?? "(latest)"} is already loaded; version {package.Version ?? "(latest)"} cannot be loaded beside it"));
            }

            if (earlier is null)
            {
                requested.Add(package);
            }
        }

        if (requested.Count == 0)
        {
            return PackageAddition.Empty;
        }

        RestoredPackages restored;
        try
        {
            restored = await options.Restorer.RestoreAsync(requested, sources, cancellationToken).ConfigureAwait(false);
        }
        catch (RestoreException e)
        {
            return PackageAddition.Failed(CellError.Of(CellErrorKind.Restore, e.Message));
        }

        NativeLibraryProbe.Add(restored.NativeLibraries);
        PackageAssemblyResolver.Add(restored.Assemblies);
        var assemblies = restored.Assemblies.Select(KernelCopy).Where(referenced.Add).ToList();
        var extensions = restored.Packages
            .Where(p => loadedPackages.Add(p.Id))
            .Select(p => ExtensionFolder.Of(p.Folder))
            .OfType<ExtensionFolder>()
            .ToList();
        return new PackageAddition(assemblies, extensions, null);
    }

    /// <summary>The kernel's own copy of an assembly it shares with cells (a package's Microsoft.DotNet.Interactive.Formatting), else <paramref name="path"/>.</summary>
    private static string KernelCopy(string path) =>
        ScriptEnvironment.SharedWithCells.FirstOrDefault(a => string.Equals(a.GetName().Name, Path.GetFileNameWithoutExtension(path), StringComparison.OrdinalIgnoreCase))?.Location ?? path;
}

/// <summary>What a package addition brought: assemblies to reference, extension folders to load, or an error.</summary>
internal sealed record PackageAddition(IReadOnlyList<string> Assemblies, IReadOnlyList<ExtensionFolder> Extensions, CellError? Error)
{
    public static PackageAddition Empty { get; } = new([], [], null);

    public static PackageAddition Failed(CellError error) => new([], [], error);
}
