using System.Collections.Concurrent;
using System.Diagnostics;

namespace Notebooks.Kernel.Execution;

/// <summary>Catches unobserved task exceptions raised by this kernel's cells, known by the submission assembly in their frames.</summary>
/// <remarks>Several kernels may share a process, so an exception is claimed only when one of its frames is in this kernel's code.</remarks>
internal sealed class LateFailureMonitor : IDisposable
{
    private readonly ConcurrentDictionary<string, int> cellsByAssembly = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(UnobservedTaskExceptionEventArgs Args, LateFailure Failure)> failures = new();

    public LateFailureMonitor() => TaskScheduler.UnobservedTaskException += OnUnobserved;

    /// <summary>Remembers that code in <paramref name="assemblyName"/> came from cell number <paramref name="cell"/>.</summary>
    public void Register(string assemblyName, int cell) => cellsByAssembly[assemblyName] = cell;

    /// <summary>The number of the cell whose code appears in the exception's frames, or null.</summary>
    public int? CellOf(Exception exception)
    {
        foreach (var frame in new StackTrace(exception, false).GetFrames())
        {
            var name = frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name;
            if (name is not null && cellsByAssembly.TryGetValue(name, out var cell))
            {
                return cell;
            }
        }

        return exception switch
        {
            AggregateException aggregate => aggregate.InnerExceptions.Select(CellOf).FirstOrDefault(c => c is not null),
            { InnerException: { } inner } => CellOf(inner),
            _ => null,
        };
    }

    /// <summary>The late failures seen so far, each returned once; one that the cell's own handler marked observed is not a failure.</summary>
    /// <param name="collect">Run the garbage collector first, so failed tasks that are no longer referenced report.</param>
    public IReadOnlyList<LateFailure> Take(bool collect = false)
    {
        if (collect)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        var taken = new List<LateFailure>();
        while (failures.TryDequeue(out var seen))
        {
            if (!seen.Args.Observed)
            {
                taken.Add(seen.Failure);
            }
        }

        return taken;
    }

    public void Dispose() => TaskScheduler.UnobservedTaskException -= OnUnobserved;

    private void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e)
    {
        if (CellOf(e.Exception) is not { } cell)
        {
            return;
        }

        // Not marked observed here: handlers the cells subscribed run after this one, and one that observes the exception handles it.
        var error = ErrorFormatter.FromException(e.Exception.InnerExceptions.Count == 1 ? e.Exception.InnerExceptions[0] : e.Exception);
        failures.Enqueue((e, new LateFailure(cell, error)));
    }
}
