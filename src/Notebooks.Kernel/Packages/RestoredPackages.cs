namespace Notebooks.Kernel.Packages;

/// <summary>What a restore resolved: runtime assemblies to reference, native libraries to make loadable, package roots.</summary>
/// <param name="Assemblies">Runtime assembly paths.</param>
/// <param name="NativeLibraries">Native library paths for this platform.</param>
/// <param name="Packages">Each resolved package's id, version and folder.</param>
public sealed record RestoredPackages(
    IReadOnlyList<string> Assemblies,
    IReadOnlyList<string> NativeLibraries,
    IReadOnlyList<ResolvedPackage> Packages)
{
    /// <summary>True when the result came from the cache without running a restore.</summary>
    public bool FromCache { get; init; }
}

/// <summary>One package a restore resolved.</summary>
/// <param name="Id">The package id.</param>
/// <param name="Version">The resolved version.</param>
/// <param name="Folder">The package's folder in the packages directory.</param>
public sealed record ResolvedPackage(string Id, string Version, string Folder);
