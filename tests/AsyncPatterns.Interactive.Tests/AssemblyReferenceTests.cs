using System.Reflection;
using AsyncPatterns.Interactive.Timelines;

namespace AsyncPatterns.Interactive.Tests;

/// <summary>The library runs inside hosts that hold their own FSharp.Core, Newtonsoft.Json and the like, so it references nothing but the shared framework.</summary>
public sealed class AssemblyReferenceTests
{
    [Fact]
    public void GetReferencedAssemblies_BuiltLibrary_AreAllInTheSharedFramework()
    {
        var framework = FrameworkAssemblies();

        var outside = typeof(Timeline).Assembly.GetReferencedAssemblies()
            .Where(reference => !framework.TryGetValue(reference.Name!, out var version) || reference.Version > version)
            .Select(reference => reference.FullName)
            .ToList();

        Assert.True(framework.ContainsKey("System.Text.Json") && framework.ContainsKey("Microsoft.AspNetCore"), string.Join(", ", framework.Keys));
        Assert.True(outside.Count == 0, "referenced outside Microsoft.NETCore.App and Microsoft.AspNetCore.App: " + string.Join(", ", outside));
    }

    [Fact]
    public void GetReferencedAssemblies_BuiltLibrary_UseTheAspNetCoreFrameworkForTheDemoServer()
    {
        var names = typeof(Timeline).Assembly.GetReferencedAssemblies().Select(r => r.Name).ToList();

        Assert.Contains(names, n => n!.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n!.StartsWith("FSharp.", StringComparison.Ordinal) || n.StartsWith("Plotly.", StringComparison.Ordinal) || n == "Newtonsoft.Json");
    }

    /// <summary>The assemblies of the two shared frameworks this process runs on, with their versions.</summary>
    private static Dictionary<string, Version> FrameworkAssemblies()
    {
        var folders = new[] { typeof(object), typeof(Microsoft.AspNetCore.Builder.WebApplication) }
            .Select(type => Path.GetDirectoryName(type.Assembly.Location)!)
            .ToList();
        Assert.All(folders, folder => Assert.Contains($"{Path.DirectorySeparatorChar}shared{Path.DirectorySeparatorChar}", folder, StringComparison.Ordinal));
        var assemblies = new Dictionary<string, Version>(StringComparer.Ordinal);
        foreach (var file in folders.SelectMany(folder => Directory.EnumerateFiles(folder, "*.dll")))
        {
            try
            {
                var name = AssemblyName.GetAssemblyName(file);
                assemblies[name.Name!] = name.Version!;
            }
            catch (BadImageFormatException)
            {
                // Native libraries of the runtime (libclrjit and the like on Windows) sit in the same folder.
            }
        }

        return assemblies;
    }
}
