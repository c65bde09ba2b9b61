using Notebooks.Kernel.Model;

namespace Notebooks.Cli.Running;

/// <summary>A report or executed notebook that could not be written: which exceptions mean that, and how the message reads.</summary>
internal static class WriteFailure
{
    /// <summary>Whether <paramref name="exception"/> is a failure to write a file (a missing or read-only folder, a file in the way, a notebook over the reader's limits).</summary>
    public static bool Is(Exception exception) => exception is IOException or UnauthorizedAccessException or NotebookFormatException;

    /// <summary>The message: what could not be written, where, and why (with the exception's type when it is not a write failure).</summary>
    public static string Describe(string what, string path, Exception exception) => $"cannot write {what} {path}: {Reason(exception)}";

    private static string Reason(Exception exception) => exception switch
    {
        NotebookFormatException format => format.Reason,
        UnauthorizedAccessException denied => "access denied" + (denied.InnerException is { } inner ? $" ({inner.Message})" : ""),
        _ when Is(exception) => exception.Message,
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
