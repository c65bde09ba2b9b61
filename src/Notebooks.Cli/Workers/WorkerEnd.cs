namespace Notebooks.Cli.Workers;

/// <summary>How a worker's run ended, as the supervisor saw it.</summary>
internal enum WorkerEnd
{
    /// <summary>Every cell ran and the worker said so.</summary>
    Finished,

    /// <summary>The worker exited without finishing: a crash, a fail-fast, a stack overflow.</summary>
    Crashed,

    /// <summary>A cell kept running past its timeout and grace; the worker was killed.</summary>
    CellHung,

    /// <summary>The notebook ran past <c>--notebook-timeout</c>; the worker was killed.</summary>
    NotebookTimedOut,

    /// <summary>The run was interrupted (Ctrl-C, SIGTERM); the worker was killed.</summary>
    Interrupted,

    /// <summary>Following the worker failed in the supervisor (reading its messages, reporting them); the worker was killed.</summary>
    SupervisorFailed,
}
