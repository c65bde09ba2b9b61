using Notebooks.Kernel.Packages;

namespace Notebooks.Kernel.Execution;

/// <summary>How a <see cref="CSharpKernel"/> runs cells.</summary>
public sealed record KernelOptions
{
    /// <summary>The folder relative <c>#r</c> and <c>#i</c> paths resolve against (the notebook's folder).</summary>
    public string BaseDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The timeout of a cell that does not set its own (default 120 s).</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How long a cancelled cell may take to stop before the kernel gives up on it.</summary>
    public TimeSpan CancellationGrace { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Restores <c>#r "nuget: ..."</c> packages.</summary>
    public NuGetRestorer Restorer { get; init; } = new();
}
