using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Workers;

/// <summary>What the supervisor knows of a worker's notebook so far, from its messages; updated from the reading thread.</summary>
internal sealed class WorkerProgress
{
    private readonly Lock gate = new();
    private readonly List<CellResult> results = [];

    /// <summary>The cell running now and when it started, or null between cells.</summary>
    public (CellStart Cell, long StartedAt)? Running { get; private set; }

    /// <summary>The crash the worker reported before it died, if any.</summary>
    public CrashMessage? Crash { get; private set; }

    /// <summary>Set when the worker said every cell ran.</summary>
    public NotebookFinishedMessage? Finished { get; private set; }

    /// <summary>True once a cell ended, so the executed notebook on disk is this run's.</summary>
    public bool WroteNotebook { get; private set; }

    /// <summary>The results so far, in order.</summary>
    public IReadOnlyList<CellResult> Results
    {
        get
        {
            lock (gate)
            {
                return [.. results];
            }
        }
    }

    /// <summary>Takes in one message.</summary>
    public void Apply(WorkerMessage message, long now)
    {
        lock (gate)
        {
            switch (message)
            {
                case CellStartingMessage starting:
                    Running = (starting.Start, now);
                    break;
                case CellFinishedMessage finished:
                    Running = null;
                    WroteNotebook = true;
                    results.Add(finished.Result);
                    break;
                case CellFailedLateMessage late:
                    var index = results.FindIndex(r => r.Number == late.Result.Number);
                    if (index >= 0)
                    {
                        results[index] = late.Result;
                    }

                    break;
                case CrashMessage crash:
                    Crash = crash;
                    break;
                case NotebookFinishedMessage done:
                    Finished = done;
                    break;
            }
        }
    }
}
