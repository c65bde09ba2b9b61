namespace Notebooks.Kernel.Execution;

/// <summary>An error as Jupyter shows it: a name, a value and traceback lines.</summary>
/// <param name="Name">The exception type's name, or the name of the error's <see cref="Kind"/> (<c>CompilationError</c>, <c>TimeoutError</c>, ...).</param>
/// <param name="Value">The message.</param>
/// <param name="Traceback">Lines to show: the error, then frames of the cell's code or compiler diagnostics.</param>
public sealed record CellError(string Name, string Value, IReadOnlyList<string> Traceback)
{
    /// <summary>What failed: the code (an exception) or one of the kernel's and the runner's own errors.</summary>
    public CellErrorKind Kind { get; init; }

    /// <summary>The first line to show in a summary.</summary>
    public string Summary => Value.Length == 0 ? Name : $"{Name}: {FirstLine(Value)}";

    /// <summary>An exception as an error: its type name and message, the traceback trimmed to the cells' frames.</summary>
    public static CellError FromException(Exception exception) => ErrorFormatter.FromException(exception);

    /// <summary>An error of <paramref name="kind"/> with one traceback line made of its name and value.</summary>
    public static CellError Of(CellErrorKind kind, string value) => Of(kind, value, [$"{kind.ErrorName()}: {value}"]);

    /// <summary>An error of <paramref name="kind"/> with its own traceback lines.</summary>
    public static CellError Of(CellErrorKind kind, string value, IReadOnlyList<string> traceback) => new(kind.ErrorName(), value, traceback) { Kind = kind };

    /// <summary>A cell stopped by its timeout of <paramref name="limit"/> or by an interrupt, with what followed when it did not stop in time.</summary>
    public static CellError Stopped(bool timedOut, TimeSpan limit, string? notStopped = null)
    {
        var message = timedOut ? $"the cell ran past its timeout of {limit.TotalSeconds:0.###} s and was cancelled" : "the cell was interrupted";
        return Of(timedOut ? CellErrorKind.Timeout : CellErrorKind.Interrupted, notStopped is null ? message : $"{message}; {notStopped}");
    }

    /// <summary>An exception as an error by its type name alone, with one traceback line.</summary>
    public static CellError Thrown(string typeName, string value) => new(typeName, value, [$"{typeName}: {value}"]);

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end].TrimEnd('\r');
    }
}
