using Notebooks.Kernel.Engines;

namespace Notebooks.DotNetInteractive;

/// <summary>The .NET Interactive engine as <c>run --engine dotnet-interactive</c> names it.</summary>
public static class DotNetInteractiveEngine
{
    /// <summary>The engine's name on the command line.</summary>
    public const string Name = "dotnet-interactive";

    /// <summary>The version of Microsoft.DotNet.Interactive.CSharp this engine hosts.</summary>
    public static string Version { get; } = PackageVersion();

    /// <summary>The engine, hosted in-process: one fresh kernel per notebook.</summary>
    public static NotebookEngine Engine { get; } = new(Name, $".NET Interactive {Version} (Microsoft.DotNet.Interactive.CSharp)", o => new InteractiveKernel(o));

    private static string PackageVersion()
    {
        var informational = typeof(Microsoft.DotNet.Interactive.CSharp.CSharpKernel).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion ?? "";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
