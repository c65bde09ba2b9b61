using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;

namespace Notebooks.Kernel.Packages;

/// <summary>Resolves restored package assemblies that code loads by name (for example SQLite's batteries), keeping one copy of each.</summary>
internal static class PackageAssemblyResolver
{
    private static readonly ConcurrentDictionary<string, string> PathsByName = new(StringComparer.OrdinalIgnoreCase);
    private static int installed;

    /// <summary>Makes <paramref name="assemblies"/> resolvable by simple name.</summary>
    public static void Add(IEnumerable<string> assemblies)
    {
        foreach (var path in assemblies)
        {
            PathsByName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        if (Interlocked.Exchange(ref installed, 1) == 0)
        {
            AppDomain.CurrentDomain.AssemblyResolve += Resolve;
        }
    }

    private static Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name).Name;
        if (name is null || !PathsByName.TryGetValue(name, out var path))
        {
            return null;
        }

        return AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => !a.IsDynamic && a.GetName().Name == name)
            ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
    }
}
