using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace Notebooks.Kernel.Execution;

/// <summary>The script assembly loader that kernels in one process share, so each package assembly loads once and every dependency binds to that one copy.</summary>
/// <remarks>
/// With a loader per kernel, a second kernel loads its own copies of a package, but dependencies that its loader cannot match by version
/// (FSharp.Core under Plotly.NET, for example) resolve to the first kernel's copies, and calls between the two fail with MissingMethodException.
/// A package rebuilt under the same identity starts a new generation, so a fresh kernel still runs the rebuilt code.
/// </remarks>
internal static class SharedAssemblyLoader
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, Guid> Known = new(StringComparer.OrdinalIgnoreCase);
    private static InteractiveAssemblyLoader current = Create();

    /// <summary>The loader for a kernel about to run its first submission with <paramref name="assemblies"/> restored: the shared one, or a new one when any of them is a rebuild of an assembly the shared one knows.</summary>
    public static InteractiveAssemblyLoader Acquire(IReadOnlyCollection<string> assemblies)
    {
        var identities = Identify(assemblies);
        lock (Gate)
        {
            if (identities.Any(i => Known.TryGetValue(i.Name, out var mvid) && mvid != i.Mvid))
            {
                current = Create();
                Known.Clear();
            }

            Remember(identities);
            return current;
        }
    }

    /// <summary>Records assemblies that a kernel added after its first submission.</summary>
    public static void Note(IReadOnlyCollection<string> assemblies)
    {
        var identities = Identify(assemblies);
        lock (Gate)
        {
            Remember(identities);
        }
    }

    /// <summary>A loader that gives cells the kernel's own copies of <see cref="ScriptEnvironment.SharedWithCells"/>.</summary>
    private static InteractiveAssemblyLoader Create()
    {
        var loader = new InteractiveAssemblyLoader();
        foreach (var assembly in ScriptEnvironment.SharedWithCells)
        {
            loader.RegisterDependency(assembly);
        }

        return loader;
    }

    private static void Remember(List<(string Name, Guid Mvid)> identities)
    {
        foreach (var (name, mvid) in identities)
        {
            Known.TryAdd(name, mvid);
        }
    }

    private static List<(string Name, Guid Mvid)> Identify(IReadOnlyCollection<string> assemblies)
    {
        var identities = new List<(string, Guid)>(assemblies.Count);
        foreach (var path in assemblies)
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            identities.Add((AssemblyName.GetAssemblyName(path).FullName, metadata.GetGuid(metadata.GetModuleDefinition().Mvid)));
        }

        return identities;
    }
}
