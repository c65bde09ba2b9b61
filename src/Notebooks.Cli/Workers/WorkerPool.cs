using System.Diagnostics;
using Notebooks.Kernel.Hosting;

namespace Notebooks.Cli.Workers;

/// <summary>
/// Holds at most one standby worker for the next notebook: its process starts while the supervisor starts or another notebook runs.
/// </summary>
/// <remarks>
/// A standby worker runs no code before its job (not even a warm-up cell: that left the thread pool grown, which a fresh process's notebook
/// can observe); each runs exactly one notebook, so a crash or hang still fails only its own.
/// It ends when its standard input closes, so it cannot outlive the supervisor; <see cref="Dispose"/> also kills it.
/// </remarks>
internal sealed class WorkerPool(string engine) : IDisposable
{
    private readonly Lock gate = new();
    private Process? spare;
    private bool disposed;

    /// <summary>The engine the standby workers get ready for.</summary>
    public string Engine { get; } = engine;

    /// <summary>The waiting standby worker's process id, or null.</summary>
    public int? StandbyProcessId
    {
        get
        {
            lock (gate)
            {
                return spare?.Id;
            }
        }
    }

    /// <summary>A pool whose first standby worker is started now, for a run on <paramref name="engine"/>.</summary>
    public static WorkerPool StartEarly(string engine)
    {
        var pool = new WorkerPool(engine);
        pool.Prime();
        return pool;
    }

    /// <summary>Starts a standby worker unless one is waiting; a worker that cannot start is left to <see cref="Start"/> to report.</summary>
    public void Prime()
    {
        lock (gate)
        {
            if (disposed || spare is not null)
            {
                return;
            }

            try
            {
                spare = WorkerLauncher.StartStandby(Engine);
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
            }
        }
    }

    /// <summary>The standby worker, given <paramref name="job"/>; else a worker started for it; throws when none can start.</summary>
    public Process Start(WorkerJob job)
    {
        Process? ready;
        lock (gate)
        {
            (ready, spare) = (spare, null);
        }

        if (ready is not null && job.Engine == Engine)
        {
            try
            {
                WorkerLauncher.Assign(ready, job);
                return ready;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                // It died while it waited (its pipe is closed): the job gets a fresh worker.
            }
        }

        if (ready is not null)
        {
            Discard(ready);
        }

        return WorkerLauncher.Start(job);
    }

    /// <summary>Stops the standby worker, if any; no later one starts.</summary>
    public void Dispose()
    {
        Process? left;
        lock (gate)
        {
            disposed = true;
            (left, spare) = (spare, null);
        }

        if (left is not null)
        {
            Discard(left);
        }
    }

    private static void Discard(Process worker)
    {
        ProcessTree.Kill(worker);
        worker.WaitForExit(SupervisionTimings.Default.DrainTimeout);

        worker.StandardInput.Dispose();
        worker.StandardOutput.Dispose();
        worker.StandardError.Dispose();
        worker.Dispose();
    }
}
