using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Notebooks.Testing;

/// <summary>Compiles C# into a library on disk, for tests that load, reference or package one.</summary>
internal static class TestAssembly
{
    /// <summary>Compiles <paramref name="source"/> against the shared framework and <paramref name="references"/> into <paramref name="path"/>; returns the path.</summary>
    public static string Emit(string path, string source, params string[] references)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Contains("Microsoft.NETCore.App", StringComparison.Ordinal));
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(path),
            [CSharpSyntaxTree.ParseText(source)],
            framework.Concat(references).Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        return path;
    }
}
