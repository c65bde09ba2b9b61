using Notebooks.Kernel.Packages;

namespace Notebooks.Kernel.Execution;

/// <summary>How a <see cref="CSharpKernel"/> runs cells.</summary>
public sealed record KernelOptions
{
    /// <summary>The folder relative <c>#r</c> and <c>#i</c> paths resolve against (the notebook's folder).</summary>
    public string BaseDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The timeout of a cell when neither it, its notebook nor the caller sets one: 120 s.</summary>
    public static TimeSpan StandardTimeout { get; } = TimeSpan.FromSeconds(120);

    /// <summary>The timeout of a cell that does not set its own (default <see cref="StandardTimeout"/>).</summary>
    public TimeSpan DefaultTimeout { get; init; } = StandardTimeout;

    /// <summary>The grace of a cancelled cell when the caller sets none: 5 s.</summary>
    public static TimeSpan StandardCancellationGrace { get; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a cancelled cell may take to stop before the kernel gives up on it.</summary>
    public TimeSpan CancellationGrace { get; init; } = StandardCancellationGrace;

    /// <summary>Restores <c>#r "nuget: ..."</c> packages.</summary>
    public NuGetRestorer Restorer { get; init; } = new();
}
