using System.Collections.Concurrent;
using System.Reactive.Linq;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace Notebooks.DotNetInteractive;

/// <summary>Loads a restored package's <c>interactive-extensions/dotnet</c>: its <see cref="IKernelExtension"/> types, then its <c>extension.dib</c>.</summary>
/// <remarks>The dotnet-interactive tool does this in its own assembly, not in the packages, so the engine brings its own loader.</remarks>
internal static class PackageExtensions
{
    private const string ScriptName = "extension.dib";

    /// <summary>After each command, loads the extensions of the packages it added.</summary>
    public static void LoadFor(CompositeKernel kernel)
    {
        var added = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        kernel.RegisterForDisposal(kernel.KernelEvents
            .OfType<PackageAdded>()
            .Where(p => p.PackageReference?.PackageRoot is { Length: > 0 })
            .Subscribe(p =>
            {
                if (seen.TryAdd(p.PackageReference.PackageRoot, true))
                {
                    added.Enqueue(p.PackageReference.PackageRoot);
                }
            }));
        kernel.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context).ConfigureAwait(false);
            while (added.TryDequeue(out var root))
            {
                var folder = new DirectoryInfo(Path.Combine(root, "interactive-extensions", "dotnet"));
                if (folder.Exists)
                {
                    await LoadAsync(kernel, folder, context).ConfigureAwait(false);
                }
            }
        });
    }

    private static async Task LoadAsync(CompositeKernel kernel, DirectoryInfo folder, KernelInvocationContext context)
    {
        foreach (var file in folder.GetFiles("*.dll", SearchOption.TopDirectoryOnly).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var assembly = Loaded(file) ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(file.FullName);
            foreach (var type in assembly.ExportedTypes.Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false } && typeof(IKernelExtension).IsAssignableFrom(t)))
            {
                try
                {
                    await ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(kernel).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    context.Publish(new ErrorProduced($"Failed to load kernel extension \"{type.Name}\" from {file.Name}: {e.GetBaseException().Message}", context.Command));
                }
            }
        }

        var script = new FileInfo(Path.Combine(folder.FullName, ScriptName));
        if (script.Exists)
        {
            await kernel.LoadAndRunInteractiveDocument(script, context.Command).ConfigureAwait(false);
        }
    }

    /// <summary>The assembly of that name this process already loaded (another notebook's kernel loaded the package), or null.</summary>
    private static System.Reflection.Assembly? Loaded(FileInfo file)
    {
        var name = System.Reflection.AssemblyName.GetAssemblyName(file.FullName).Name;
        return AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => a.GetName().Name == name);
    }
}
