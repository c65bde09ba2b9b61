using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.DotNetInteractive;

/// <summary>The tool's default magic commands (<c>#!time</c>, <c>#!lsmagic</c>), which live in its Jupyter assembly rather than in the packages.</summary>
internal static class MagicCommands
{
    /// <summary>Adds the magic commands to <paramref name="kernel"/> and its subkernels.</summary>
    public static void AddTo(CompositeKernel kernel)
    {
        kernel.AddDirective(new KernelActionDirective("#!time") { Description = "Time the execution of a command" }, MeasureTime);
        kernel.VisitSubkernelsAndSelf(k => k.AddDirective(new KernelActionDirective("#!lsmagic") { Description = "List the available magic commands / directives" }, ListMagics));
    }

    private static Task MeasureTime(KernelCommand command, KernelInvocationContext context)
    {
        var clock = Stopwatch.StartNew();
        context.OnComplete(completed =>
        {
            var elapsed = clock.Elapsed;
            completed.Publish(new DisplayedValueProduced(
                elapsed,
                context.Command,
                [new FormattedValue(PlainTextFormatter.MimeType, $"Wall time: {elapsed.TotalMilliseconds}ms")]));
        });
        return Task.CompletedTask;
    }

    private static Task ListMagics(KernelCommand command, KernelInvocationContext context)
    {
        var lines = new List<string>();
        var root = context.HandlingKernel.RootKernel;
        Describe(root, lines);
        if (root is CompositeKernel composite)
        {
            foreach (var child in composite.ChildKernels)
            {
                Describe(child, lines);
            }
        }

        var text = string.Join('\n', lines);
        context.Publish(new DisplayedValueProduced(text, context.Command, [new FormattedValue(PlainTextFormatter.MimeType, text)]));
        return Task.CompletedTask;
    }

    private static void Describe(Microsoft.DotNet.Interactive.Kernel kernel, List<string> lines)
    {
        lines.Add($"{kernel.Name} kernel");
        lines.AddRange(kernel.KernelInfo.SupportedDirectives.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => $"    {d.Name}  {d.Description}"));
    }
}
