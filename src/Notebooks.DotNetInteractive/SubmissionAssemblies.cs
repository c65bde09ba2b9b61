using Notebooks.Kernel.Execution;

namespace Notebooks.DotNetInteractive;

/// <summary>Knows which cell each script assembly came from, so an unobserved task exception is blamed on the cell whose code raised it.</summary>
/// <remarks>.NET Interactive compiles each submission into an in-memory assembly; one loaded while a cell runs is that cell's.</remarks>
internal sealed class SubmissionAssemblies : IDisposable
{
    private int? running;

    public SubmissionAssemblies() => AppDomain.CurrentDomain.AssemblyLoad += OnLoad;

    /// <summary>Unobserved exceptions of the cells' tasks.</summary>
    public LateFailureMonitor Failures { get; } = new();

    /// <summary>Attributes assemblies loaded until the returned scope ends to cell number <paramref name="cell"/>.</summary>
    public IDisposable Track(int cell)
    {
        running = cell;
        return new Scope(this);
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.AssemblyLoad -= OnLoad;
        Failures.Dispose();
    }

    private void OnLoad(object? sender, AssemblyLoadEventArgs e)
    {
        if (running is { } cell && (e.LoadedAssembly.IsDynamic || e.LoadedAssembly.Location.Length == 0) && e.LoadedAssembly.GetName().Name is { } name)
        {
            Failures.Register(name, cell);
        }
    }

    private sealed class Scope(SubmissionAssemblies owner) : IDisposable
    {
        public void Dispose() => owner.running = null;
    }
}
