using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Notebooks.Kernel.Execution;

/// <summary>Turns compiler diagnostics and exceptions into <see cref="CellError"/>s positioned in the cell.</summary>
internal static class ErrorFormatter
{
    private const string SubmissionMarker = "Submission#";
    private const string Frame = "   at ";

    /// <summary>Each error as <c>(line,col): error CSxxxx: message</c>, positions relative to the cell.</summary>
    public static CellError FromDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d =>
            {
                var start = d.Location.GetLineSpan().StartLinePosition;
                return $"({start.Line + 1},{start.Character + 1}): error {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .ToList();
        return CellError.Of(CellErrorKind.Compilation, lines.FirstOrDefault() ?? "compilation failed", lines);
    }

    /// <summary>The exception's type name and message, with a traceback trimmed to the cell's own frames.</summary>
    public static CellError FromException(Exception exception)
    {
        while (exception is TargetInvocationException { InnerException: { } inner })
        {
            exception = inner;
        }

        return new CellError(exception.GetType().Name, exception.Message, Trim(exception.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList()));
    }

    private static List<string> Trim(List<string> lines)
    {
        if (!lines.Any(l => l.Contains(SubmissionMarker, StringComparison.Ordinal)))
        {
            return lines;
        }

        var kept = new List<string>();
        var section = new List<string>();
        string? separator = null;
        foreach (var line in lines.Append(""))
        {
            if (line.StartsWith(Frame, StringComparison.Ordinal))
            {
                section.Add(line);
                continue;
            }

            var last = section.FindLastIndex(l => l.Contains(SubmissionMarker, StringComparison.Ordinal));
            if (last >= 0)
            {
                if (separator is not null)
                {
                    kept.Add(separator);
                }

                kept.AddRange(section.Take(last + 1));
            }

            section.Clear();
            separator = null;
            if (line.StartsWith("---", StringComparison.Ordinal) && line.Contains("stack trace from previous location", StringComparison.Ordinal))
            {
                separator = line;
            }
            else if (line.Length > 0)
            {
                kept.Add(line);
            }
        }

        return kept;
    }
}
