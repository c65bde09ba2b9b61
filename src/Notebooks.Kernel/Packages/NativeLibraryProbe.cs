using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Notebooks.Kernel.Packages;

/// <summary>Makes native libraries from restored packages loadable by <c>DllImport</c> from any load context.</summary>
internal static class NativeLibraryProbe
{
    private static readonly ConcurrentDictionary<string, byte> Directories = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<AssemblyLoadContext, byte> Hooked = new();
    private static int installed;

    /// <summary>Adds the folders of <paramref name="libraries"/> to the probe.</summary>
    public static void Add(IEnumerable<string> libraries)
    {
        foreach (var library in libraries)
        {
            Directories.TryAdd(Path.GetDirectoryName(library)!, 0);
        }

        if (Interlocked.Exchange(ref installed, 1) == 0)
        {
            Hook(AssemblyLoadContext.Default);
            AppDomain.CurrentDomain.AssemblyLoad += (_, e) => Hook(AssemblyLoadContext.GetLoadContext(e.LoadedAssembly));
            foreach (var context in AssemblyLoadContext.All)
            {
                Hook(context);
            }
        }
    }

    private static void Hook(AssemblyLoadContext? context)
    {
        if (context is not null && Hooked.TryAdd(context, 0))
        {
            context.ResolvingUnmanagedDll += Resolve;
        }
    }

    private static IntPtr Resolve(Assembly assembly, string name)
    {
        foreach (var directory in Directories.Keys)
        {
            foreach (var candidate in Candidates(name))
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle))
                {
                    return handle;
                }
            }
        }

        return IntPtr.Zero;
    }

    private static IEnumerable<string> Candidates(string name) =>
        [name, $"lib{name}.so", $"{name}.so", $"lib{name}.dylib", $"{name}.dll"];
}
