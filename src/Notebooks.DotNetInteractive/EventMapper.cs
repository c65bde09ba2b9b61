using Microsoft.DotNet.Interactive.Events;
using Notebooks.Kernel.Execution;
using KernelEvent = Notebooks.Kernel.Execution.KernelEvent;
using DisplayEvent = Notebooks.Kernel.Execution.DisplayEvent;
using Dni = Microsoft.DotNet.Interactive.Events;
using Ours = Notebooks.Kernel.Display;

namespace Notebooks.DotNetInteractive;

/// <summary>Turns .NET Interactive's events into the engine seam's events, which the runner writes as nbformat outputs.</summary>
internal static class EventMapper
{
    /// <summary>The seam's event for <paramref name="e"/>, or null when it shows nothing (receipts, diagnostics, completion).</summary>
    public static KernelEvent? Map(Dni.KernelEvent e) => e switch
    {
        StandardOutputValueProduced output => new StreamEvent("stdout", Text(output)),
        StandardErrorValueProduced error => new StreamEvent("stderr", Text(error)),
        DisplayedValueUpdated update => new DisplayEvent(Value(update), update.ValueId, IsUpdate: true),
        DisplayedValueProduced display => new DisplayEvent(Value(display), display.ValueId ?? Guid.NewGuid().ToString("N")),
        ReturnValueProduced value => new ReturnValueEvent(Value(value)),
        ErrorProduced error => new StreamEvent("stderr", error.Message + "\n"),
        _ => null,
    };

    /// <summary>A failed command as an error: compile errors by their diagnostics, exceptions trimmed to the cells' frames.</summary>
    public static CellError Error(CommandFailed failed) => failed.Exception switch
    {
        Microsoft.DotNet.Interactive.CodeSubmissionCompilationErrorException => Diagnostics(CellErrorKind.Compilation, failed.Message),
        OperationCanceledException when failed.Message.Contains("cancel", StringComparison.OrdinalIgnoreCase) => CellError.Thrown(nameof(OperationCanceledException), failed.Message),
        { } exception => CellError.FromException(exception),
        null when failed.Message.Contains("error CS", StringComparison.Ordinal) => Diagnostics(CellErrorKind.Compilation, failed.Message),
        null when IsSourceError(failed.Message) => Diagnostics(CellErrorKind.Directive, failed.Message),
        null when IsRestoreFailure(failed.Message) => Diagnostics(CellErrorKind.Restore, failed.Message),
        null => Diagnostics("Error", failed.Message),
    };

    /// <summary>A <c>#i</c> source it rejects: a relative one ("Invalid URI") or a folder that does not exist; the notebook's error, not the machine's.</summary>
    private static bool IsSourceError(string message) =>
        message.Contains("PackageManagement Error", StringComparison.Ordinal)
        && (message.Contains("Invalid URI", StringComparison.Ordinal) || message.Contains("The source directory", StringComparison.Ordinal));

    private static bool IsRestoreFailure(string message) =>
        message.Contains("PackageManagement Error", StringComparison.Ordinal) || message.Contains("Unable to find package", StringComparison.Ordinal);

    private static CellError Diagnostics(CellErrorKind kind, string message) => Diagnostics(kind.ErrorName(), message) with { Kind = kind };

    private static CellError Diagnostics(string name, string message)
    {
        var lines = message.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        return new CellError(name, lines.FirstOrDefault() ?? name, lines.Count == 0 ? [name] : lines);
    }

    private static string Text(Dni.DisplayEvent e) => e.FormattedValues.FirstOrDefault()?.Value ?? e.Value?.ToString() ?? "";

    private static Ours.FormattedValue Value(Dni.DisplayEvent e) =>
        new([.. e.FormattedValues.Select(v => new KeyValuePair<string, string>(v.MimeType, v.Value))], []);
}
