using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Extensions;

/// <summary>The <see cref="Microsoft.DotNet.Interactive.Kernel"/> kernel extensions are given: a composite root holding a <c>csharp</c>
/// kernel whose <see cref="SubmitCode"/> runs in this kernel, as the next cell's code would.</summary>
/// <remarks>What the real extensions use (read from their assemblies): Microsoft.Data.Analysis 0.23.1 finds <c>csharp</c> through the
/// static <c>Kernel.Root</c>, which is the root of the command running, and submits <c>#r</c> and <c>using</c> for its own assembly;
/// Plotly.NET.Interactive 6.0.0 only registers a formatter. So each extension loads inside a command of this kernel.</remarks>
internal sealed class ExtensionHostKernel : IDisposable
{
    private readonly CompositeKernel root = new();

    public ExtensionHostKernel(Func<string, Task<CellError?>> submit)
    {
        root.Add(new SubmissionKernel(root, submit), ["c#", "C#"]);
        root.DefaultKernelName = SubmissionKernel.KernelName;
    }

    /// <summary>Runs <paramref name="extension"/>'s <c>OnLoadAsync</c> in a command of the root kernel; the exception it threw, or null.</summary>
    public async Task<Exception?> LoadAsync(IKernelExtension extension)
    {
        var result = await root.SendAsync(new LoadExtension(extension)).ConfigureAwait(false);
        return result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed
            ? failed.Exception ?? new InvalidOperationException(failed.Message)
            : null;
    }

    public void Dispose() => root.Dispose();

    /// <summary>Loads one extension.</summary>
    private sealed class LoadExtension(IKernelExtension extension) : KernelCommand(SubmissionKernel.KernelName)
    {
        public IKernelExtension Extension { get; } = extension;
    }

    private sealed class SubmissionKernel : Microsoft.DotNet.Interactive.Kernel, IKernelCommandHandler<SubmitCode>
    {
        public const string KernelName = "csharp";
        private readonly CompositeKernel root;
        private readonly Func<string, Task<CellError?>> submit;

        public SubmissionKernel(CompositeKernel root, Func<string, Task<CellError?>> submit)
            : base(KernelName)
        {
            this.root = root;
            this.submit = submit;
            KernelInfo.LanguageName = "C#";
            RegisterCommandHandler<LoadExtension>((command, _) => command.Extension.OnLoadAsync(root));
        }

        public async Task HandleAsync(SubmitCode command, KernelInvocationContext context)
        {
            if (await submit(command.Code).ConfigureAwait(false) is { } error)
            {
                context.Fail(command, message: error.Summary);
            }
        }
    }
}
