using Notebooks.DotNetInteractive;
using Notebooks.Kernel.Engines;

namespace Notebooks.Cli.Running;

/// <summary>The engines <c>run --engine</c> offers: ours (the default) and .NET Interactive, hosted in the worker.</summary>
internal static class Engines
{
    /// <summary>The engine a run uses unless told otherwise: ours.</summary>
    public static NotebookEngine Default => NotebookEngine.Notebooks;

    /// <summary>Every engine, the default first.</summary>
    public static IReadOnlyList<NotebookEngine> All { get; } = [Default, DotNetInteractiveEngine.Engine];

    /// <summary>The engine called <paramref name="name"/>; the option's validator has already refused other names.</summary>
    public static NotebookEngine Find(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"no engine is called '{name}'; choose {Names}", nameof(name));

    /// <summary>The engines' names, for help and errors.</summary>
    public static string Names => string.Join(" or ", All.Select(e => e.Name));
}
