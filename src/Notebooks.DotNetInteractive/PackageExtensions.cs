using System.Collections.Concurrent;
using System.Reactive.Linq;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Notebooks.Kernel.Extensions;

namespace Notebooks.DotNetInteractive;

/// <summary>Loads a restored package's <c>interactive-extensions/dotnet</c>: its <see cref="IKernelExtension"/> types, then its <c>extension.dib</c>.</summary>
/// <remarks>The dotnet-interactive tool does this in its own assembly, not in the packages, so the engine brings its own loader; what
/// the folder holds and the message of an extension that fails are <see cref="ExtensionFolder"/>'s, shared with our kernel.</remarks>
internal static class PackageExtensions
{
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
                if (ExtensionFolder.Of(root) is { } folder)
                {
                    await LoadAsync(kernel, folder, context).ConfigureAwait(false);
                }
            }
        });
    }

    private static async Task LoadAsync(CompositeKernel kernel, ExtensionFolder folder, KernelInvocationContext context)
    {
        foreach (var file in folder.Assemblies)
        {
            var assembly = Loaded(file.Path) ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(file.Path);
            foreach (var name in file.TypeNames)
            {
                try
                {
                    await ((IKernelExtension)Activator.CreateInstance(assembly.GetType(name, throwOnError: true)!)!).OnLoadAsync(kernel).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    context.Publish(new ErrorProduced(ExtensionFolder.Failure(name, file.Path, ExtensionFolder.Reason(e)), context.Command));
                }
            }
        }

        if (folder.Script is { } script)
        {
            await kernel.LoadAndRunInteractiveDocument(new FileInfo(script), context.Command).ConfigureAwait(false);
        }
    }

    /// <summary>The assembly of that name this process already loaded (another notebook's kernel loaded the package), or null.</summary>
    private static System.Reflection.Assembly? Loaded(string path)
    {
        var name = System.Reflection.AssemblyName.GetAssemblyName(path).Name;
        return AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => a.GetName().Name == name);
    }
}
