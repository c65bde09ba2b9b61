using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Notebooks.Kernel.Hosting;

namespace Notebooks.Kernel.Packages;

/// <summary>Restores NuGet packages through a generated project and <c>dotnet msbuild -restore</c>, caching results by package set.</summary>
public sealed class NuGetRestorer
{
    private static readonly string[] InheritedMsBuildVariables =
        ["MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE"];

    /// <summary>Creates a restorer that keeps its projects and results under <paramref name="cacheDirectory"/>.</summary>
    public NuGetRestorer(string? cacheDirectory = null) => CacheDirectory = cacheDirectory ?? DefaultCacheDirectory();

    /// <summary>Where generated projects and their results live.</summary>
    public string CacheDirectory { get; }

    /// <summary>The per-user cache: <c>$NOTEBOOKS_CACHE</c>, else <c>$XDG_CACHE_HOME/notebooks-kernel</c>, else <c>~/.cache/notebooks-kernel</c>.</summary>
    public static string DefaultCacheDirectory() =>
        Environment.GetEnvironmentVariable("NOTEBOOKS_CACHE") is { Length: > 0 } explicitPath
            ? explicitPath
            : Path.Combine(
                Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
                "notebooks-kernel",
                "restore");

    /// <summary>Restores <paramref name="packages"/> (with <paramref name="sources"/> besides the configured ones); a set restored before comes from the cache.</summary>
    public async Task<RestoredPackages> RestoreAsync(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(packages);
        ArgumentNullException.ThrowIfNull(sources);
        var localFolders = sources.Where(Directory.Exists).ToList();
        var key = Key(packages, sources, localFolders);
        var folder = Path.Combine(CacheDirectory, key);
        if (AssetList.TryRead(Path.Combine(folder, RestoreProject.AssetsFile)) is { } cached)
        {
            return cached with { FromCache = true };
        }

        var work = $"{folder}.{Environment.ProcessId}.{Guid.NewGuid():N}";
        Directory.CreateDirectory(work);
        var packagesPath = localFolders.Count > 0 ? folder + ".packages" : null;
        await File.WriteAllTextAsync(Path.Combine(work, "restore.csproj"), RestoreProject.Create(packages, sources, packagesPath), cancellationToken).ConfigureAwait(false);
        await RunMsBuildAsync(work, packages, cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.Move(work, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            Directory.Delete(work, recursive: true);
        }

        return AssetList.TryRead(Path.Combine(folder, RestoreProject.AssetsFile))
            ?? throw new RestoreException($"restoring {Describe(packages)} produced no asset list");
    }

    private static async Task RunMsBuildAsync(string work, IReadOnlyList<PackageRequest> packages, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost.Path, ["msbuild", "restore.csproj", "-restore", "-t:ListNotebookAssets", "-nologo", "-v:q", "-p:NuGetAudit=false"])
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var name in InheritedMsBuildVariables)
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new RestoreException("could not start dotnet to restore packages");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Hosting.ProcessTree.Kill(process);
            throw;
        }

        var text = (await output.ConfigureAwait(false)) + (await errors.ConfigureAwait(false));
        if (process.ExitCode != 0)
        {
            var lines = text.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Select(Shorten).Distinct().Take(10);
            throw new RestoreException($"restoring {Describe(packages)} failed:\n{string.Join('\n', lines)}");
        }
    }

    private static string Shorten(string line)
    {
        var trimmed = line.Trim();
        var project = trimmed.LastIndexOf(" [", StringComparison.Ordinal);
        trimmed = project > 0 && trimmed.EndsWith(']') ? trimmed[..project] : trimmed;
        var colon = trimmed.IndexOf(": error ", StringComparison.Ordinal);
        return colon > 0 ? trimmed[(colon + 2)..] : trimmed;
    }

    private static string Describe(IReadOnlyList<PackageRequest> packages) => string.Join("; ", packages);

    private static string Key(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources, List<string> localFolders)
    {
        var text = new StringBuilder()
            .AppendLine(Environment.Version.ToString())
            .AppendLine(System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier);
        foreach (var package in packages.OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase))
        {
            text.Append("package ").AppendLine(package.ToString().ToUpperInvariant());
        }

        foreach (var source in sources)
        {
            text.Append("source ").AppendLine(source);
        }

        // A package rebuilt under the same version must not resolve to the stale copy: local packages key by content.
        foreach (var file in localFolders.SelectMany(f => Directory.EnumerateFiles(f, "*.nupkg", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            text.Append("nupkg ").Append(file).Append(' ').AppendLine(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..24];
    }
}
