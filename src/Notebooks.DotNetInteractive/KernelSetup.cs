using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.PackageManagement;
using Notebooks.Kernel.Display;

namespace Notebooks.DotNetInteractive;

/// <summary>Builds the C# kernel as the dotnet-interactive tool's <c>KernelBuilder</c> does for a notebook front end.</summary>
internal static class KernelSetup
{
    /// <summary>A composite kernel holding one C# kernel with the tool's helpers, magic commands and package extensions.</summary>
    public static CompositeKernel Create()
    {
        FormattingDefaults.EnsureApplied();
        var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, packages) =>
            {
                kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseWho()
            .UseValueSharing();
        var composite = new CompositeKernel();
        composite.Add(csharp, ["c#", "C#"]);
        composite.DefaultKernelName = csharp.Name;
        MagicCommands.AddTo(composite);
        PackageExtensions.LoadFor(composite);
        return composite;
    }
}
