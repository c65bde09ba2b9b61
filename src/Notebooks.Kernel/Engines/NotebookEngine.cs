using Notebooks.Kernel.Execution;

namespace Notebooks.Kernel.Engines;

/// <summary>An engine a notebook can run on: its name on the command line, its title in reports, and how to start one.</summary>
/// <param name="Name">The name <c>run --engine</c> takes, for example <c>notebooks</c>.</param>
/// <param name="Title">How reports name it, with its version.</param>
/// <param name="Create">Starts an engine for one notebook.</param>
public sealed record NotebookEngine(string Name, string Title, Func<KernelOptions, INotebookEngine> Create)
{
    /// <summary>Our kernel on Roslyn scripting: the default.</summary>
    public static NotebookEngine Notebooks { get; } = new("notebooks", $"Notebooks kernel {typeof(CSharpKernel).Assembly.GetName().Version?.ToString(3)} (Roslyn scripting)", o => new CSharpKernel(o));
}
