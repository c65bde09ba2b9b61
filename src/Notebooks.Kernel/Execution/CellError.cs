namespace Notebooks.Kernel.Execution;

/// <summary>An error as Jupyter shows it: a name, a value and traceback lines.</summary>
/// <param name="Name">The exception type's name, or <c>CompilationError</c>, <c>TimeoutError</c>, <c>DirectiveError</c>.</param>
/// <param name="Value">The message.</param>
/// <param name="Traceback">Lines to show: the error, then frames of the cell's code or compiler diagnostics.</param>
public sealed record CellError(string Name, string Value, IReadOnlyList<string> Traceback)
{
    /// <summary>The first line to show in a summary.</summary>
    public string Summary => Value.Length == 0 ? Name : $"{Name}: {FirstLine(Value)}";

    /// <summary>An exception as an error: its type name and message, the traceback trimmed to the cells' frames.</summary>
    public static CellError FromException(Exception exception) => ErrorFormatter.FromException(exception);

    /// <summary>An error with one traceback line made of its name and value.</summary>
    public static CellError Simple(string name, string value) => new(name, value, [$"{name}: {value}"]);

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end].TrimEnd('\r');
    }
}
