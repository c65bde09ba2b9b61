using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Workers;

/// <summary>What the supervisor knows of a worker's notebook so far, from its messages; updated from the reading thread, read from any.</summary>
internal sealed class WorkerProgress
{
    private readonly Lock gate = new();
    private readonly List<CellResult> results = [];
    private (CellStart Cell, long StartedAt)? running;
    private CrashMessage? crash;
    private NotebookFinishedMessage? finished;
    private string? writeProblem;
    private bool cellEnded;

    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The cell running now and when it started, or null between cells.</summary>
    public (CellStart Cell, long StartedAt)? Running => Read(() => running);

    /// <summary>The crash the worker reported before it died, if any.</summary>
    public CrashMessage? Crash => Read(() => crash);

    /// <summary>Set when the worker said every cell ran.</summary>
    public NotebookFinishedMessage? Finished => Read(() => finished);

    /// <summary>Why the worker could not write the executed notebook, or null.</summary>
    public string? WriteProblem => Read(() => writeProblem);

    /// <summary>True once a cell ended and its notebook was written, so the executed notebook on disk is this run's.</summary>
    public bool WroteNotebook => Read(() => cellEnded && writeProblem is null);

    /// <summary>The results so far, in order.</summary>
    public IReadOnlyList<CellResult> Results => Read<IReadOnlyList<CellResult>>(() => [.. results]);

    /// <summary>Completes when a cell next starts or ends, that is when <see cref="Running"/> next changes.</summary>
    public Task NextChange => Read(() => changed.Task);

    /// <summary>Takes in one message.</summary>
    public void Apply(WorkerMessage message, long now)
    {
        lock (gate)
        {
            switch (message)
            {
                case CellStartingMessage starting:
                    running = (starting.Start, now);
                    Changed();
                    break;
                case CellFinishedMessage done:
                    running = null;
                    cellEnded = true;
                    results.Add(done.Result);
                    Changed();
                    break;
                case CellFailedLateMessage late:
                    var index = results.FindIndex(r => r.Number == late.Result.Number);
                    if (index >= 0)
                    {
                        results[index] = late.Result;
                    }

                    break;
                case CrashMessage crashed:
                    crash = crashed;
                    break;
                case NotebookFinishedMessage end:
                    finished = end;
                    break;
                case WriteFailedMessage failed:
                    writeProblem ??= failed.Problem;
                    break;
            }
        }
    }

    /// <summary>Wakes whoever waits on <see cref="NextChange"/>, and starts the next one; called under the lock.</summary>
    private void Changed()
    {
        changed.SetResult();
        changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private T Read<T>(Func<T> read)
    {
        lock (gate)
        {
            return read();
        }
    }
}
