namespace Notebooks.Kernel.Execution;

/// <summary>What failed a cell: its own code, or one of the kernel's and the runner's own errors, each with its Jupyter error name.</summary>
public enum CellErrorKind
{
    /// <summary>The cell's code threw; the error is named after the exception's type.</summary>
    Exception,

    /// <summary><c>CompilationError</c>: the code did not compile.</summary>
    Compilation,

    /// <summary><c>DirectiveError</c>: a <c>#r</c>, <c>#i</c> or <c>#!</c> line that cannot be applied.</summary>
    Directive,

    /// <summary><c>RestoreError</c>: a package restore failed (the machine's problem, not the code's).</summary>
    Restore,

    /// <summary><c>PackageVersionConflict</c>: a package already loaded in another version.</summary>
    PackageConflict,

    /// <summary><c>KernelError</c>: the engine can run no more cells.</summary>
    Kernel,

    /// <summary><c>TimeoutError</c>: the cell or the notebook ran past its timeout.</summary>
    Timeout,

    /// <summary><c>InterruptedError</c>: the user interrupted the cell or the run.</summary>
    Interrupted,

    /// <summary><c>AbandonedError</c>: what an abandoned cell's code gets when it ends; never reported.</summary>
    Abandoned,

    /// <summary><c>FormatterError</c>: a value's formatter threw.</summary>
    Formatter,

    /// <summary><c>UnsupportedKernel</c>: a cell of another language.</summary>
    UnsupportedKernel,

    /// <summary><c>MissingExpectedException</c>: a cell tagged <c>raises-exception</c> that did not throw.</summary>
    MissingExpectedException,

    /// <summary><c>LateFailure</c>: a task the cell started failed after the cell ended.</summary>
    LateFailure,

    /// <summary><c>WorkerError</c>: the worker process could not start, died before its first cell, or its supervision failed.</summary>
    Worker,

    /// <summary><c>WorkerCrashed</c>: the worker process died while or after a cell ran.</summary>
    WorkerCrash,
}
