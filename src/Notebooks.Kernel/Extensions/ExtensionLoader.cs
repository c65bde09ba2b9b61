using Microsoft.DotNet.Interactive;
using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Extensions;

/// <summary>Runs the <c>IKernelExtension</c> types of a package's extension folder in a kernel, as .NET Interactive does when the package is added.</summary>
/// <remarks>
/// An extension's assembly is loaded by a submission of its own (<c>new T()</c>), through the loader the cells use: the package
/// assemblies it depends on (Plotly.NET, Microsoft.Data.Analysis) are then the very copies the cells see, so the formatters it
/// registers apply to the cells' values. An extension that fails is reported on stderr, naming it, and the cell goes on.
/// </remarks>
internal sealed class ExtensionLoader(Submissions submissions) : IDisposable
{
    private ExtensionHostKernel? host;
    private CellContext? running;

    /// <summary>Creates and loads each extension type of <paramref name="folder"/>'s assemblies.</summary>
    public async Task LoadAsync(ExtensionFolder folder, CellContext context)
    {
        running = context;
        try
        {
            foreach (var assembly in folder.Assemblies)
            {
                await LoadAsync(assembly, context).ConfigureAwait(false);
            }
        }
        finally
        {
            running = null;
        }
    }

    public void Dispose() => host?.Dispose();

    private async Task LoadAsync(ExtensionAssembly assembly, CellContext context)
    {
        submissions.AddReferences([assembly.Path, typeof(IKernelExtension).Assembly.Location]);
        var factories = string.Join(", ", assembly.TypeNames.Select(n => $"() => new global::{n}()"));
        var outcome = await submissions.RunCodeAsync($"new System.Func<object>[] {{ {factories} }}", assembly.Path, context, showValue: false).ConfigureAwait(false);
        if (outcome.Error is { } error)
        {
            foreach (var name in assembly.TypeNames)
            {
                Report(context, ExtensionFolder.Failure(name, assembly.Path, error.Summary));
            }

            return;
        }

        var created = (Func<object>[])submissions.LastValue!;
        for (var i = 0; i < created.Length; i++)
        {
            Exception? failure;
            try
            {
                failure = await Host.LoadAsync((IKernelExtension)created[i]()).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = e;
            }

            if (failure is not null)
            {
                Report(context, ExtensionFolder.Failure(assembly.TypeNames[i], assembly.Path, ExtensionFolder.Reason(failure)));
            }
        }
    }

    private ExtensionHostKernel Host => host ??= new ExtensionHostKernel(SubmitAsync);

    private async Task<CellError?> SubmitAsync(string code)
    {
        var context = running ?? throw new InvalidOperationException("a kernel extension submitted code after it was loaded; only code submitted while it loads runs");
        var outcome = await submissions.RunCellAsync(new CellRequest(code), context).ConfigureAwait(false);
        return outcome.Error;
    }

    private static void Report(CellContext context, string message) => context.Emit(new StreamEvent("stderr", message + "\n"));
}
