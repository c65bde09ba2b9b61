namespace Notebooks.Kernel.Execution;

/// <summary>The Jupyter error names of <see cref="CellErrorKind"/>s.</summary>
public static class CellErrorKinds
{
    /// <summary>The <c>ename</c> an error of <paramref name="kind"/> shows; the exception's type name for <see cref="CellErrorKind.Exception"/>.</summary>
    public static string ErrorName(this CellErrorKind kind) => kind switch
    {
        CellErrorKind.Compilation => "CompilationError",
        CellErrorKind.Directive => "DirectiveError",
        CellErrorKind.Restore => "RestoreError",
        CellErrorKind.PackageConflict => "PackageVersionConflict",
        CellErrorKind.Kernel => "KernelError",
        CellErrorKind.Timeout => "TimeoutError",
        CellErrorKind.Interrupted => "InterruptedError",
        CellErrorKind.Abandoned => "AbandonedError",
        CellErrorKind.Formatter => "FormatterError",
        CellErrorKind.UnsupportedKernel => "UnsupportedKernel",
        CellErrorKind.MissingExpectedException => "MissingExpectedException",
        CellErrorKind.LateFailure => "LateFailure",
        CellErrorKind.Worker => "WorkerError",
        CellErrorKind.WorkerCrash => "WorkerCrashed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "an exception is named after its type"),
    };

    /// <summary>True for the machine's failures rather than the code's: a restore that failed, a worker that could not run.</summary>
    public static bool IsInfrastructure(this CellErrorKind kind) => kind is CellErrorKind.Restore or CellErrorKind.Worker;

    /// <summary>True for errors before the code ran, which a <c>raises-exception</c> tag does not excuse.</summary>
    public static bool IsBeforeRuntime(this CellErrorKind kind) =>
        kind is CellErrorKind.Compilation or CellErrorKind.Directive or CellErrorKind.Restore or CellErrorKind.PackageConflict or CellErrorKind.Kernel;
}
