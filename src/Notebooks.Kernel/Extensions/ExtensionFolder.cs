using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Notebooks.Kernel.Extensions;

/// <summary>A package's <c>interactive-extensions/dotnet</c> folder, as .NET Interactive loads it: the <c>IKernelExtension</c> types of its
/// assemblies first, then its <c>extension.dib</c>.</summary>
/// <param name="Assemblies">Its assemblies that declare extension types, in name order.</param>
/// <param name="Script">Its <c>extension.dib</c>, or null.</param>
internal sealed record ExtensionFolder(IReadOnlyList<ExtensionAssembly> Assemblies, string? Script)
{
    private const string InterfaceNamespace = "Microsoft.DotNet.Interactive";
    private const string InterfaceName = "IKernelExtension";

    /// <summary>The extension folder of the package in <paramref name="packageFolder"/>, or null when it has none.</summary>
    public static ExtensionFolder? Of(string packageFolder)
    {
        var folder = Path.Combine(packageFolder, "interactive-extensions", "dotnet");
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var assemblies = Directory.GetFiles(folder, "*.dll", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(p => new ExtensionAssembly(p, ExtensionTypes(p)))
            .Where(a => a.TypeNames.Count > 0)
            .ToList();
        var script = Path.Combine(folder, "extension.dib");
        return new ExtensionFolder(assemblies, File.Exists(script) ? script : null);
    }

    /// <summary>The message for an extension that failed to load, the same on both engines.</summary>
    public static string Failure(string typeName, string assemblyPath, string reason) =>
        $"Failed to load kernel extension \"{typeName}\" from {Path.GetFileName(assemblyPath)}: {reason}";

    /// <summary>Why an extension failed, as <see cref="Failure"/> gives it: the innermost exception's type and message.</summary>
    public static string Reason(Exception exception)
    {
        var cause = exception.GetBaseException();
        return $"{cause.GetType().Name}: {cause.Message}";
    }

    /// <summary>The full names of the public, concrete, non-generic top-level classes in <paramref name="path"/> that implement
    /// <c>IKernelExtension</c> themselves, read from metadata so nothing is loaded yet.</summary>
    private static List<string> ExtensionTypes(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return [];
        }

        var metadata = pe.GetMetadataReader();
        var names = new List<string>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var visibility = type.Attributes & TypeAttributes.VisibilityMask;
            if (visibility != TypeAttributes.Public || (type.Attributes & (TypeAttributes.Abstract | TypeAttributes.Interface)) != 0
                || type.GetGenericParameters().Count > 0 || !type.GetInterfaceImplementations().Any(i => IsExtensionInterface(metadata, metadata.GetInterfaceImplementation(i).Interface)))
            {
                continue;
            }

            var ns = metadata.GetString(type.Namespace);
            names.Add(ns.Length == 0 ? metadata.GetString(type.Name) : $"{ns}.{metadata.GetString(type.Name)}");
        }

        return names;
    }

    private static bool IsExtensionInterface(MetadataReader metadata, EntityHandle handle) =>
        handle.Kind == HandleKind.TypeReference
        && metadata.GetTypeReference((TypeReferenceHandle)handle) is var reference
        && metadata.StringComparer.Equals(reference.Name, InterfaceName)
        && metadata.StringComparer.Equals(reference.Namespace, InterfaceNamespace);
}

/// <summary>An assembly of an extension folder and the extension types it declares.</summary>
/// <param name="Path">The assembly's path.</param>
/// <param name="TypeNames">The full names of its extension types.</param>
internal sealed record ExtensionAssembly(string Path, IReadOnlyList<string> TypeNames);
