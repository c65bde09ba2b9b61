using System.Globalization;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Site;

/// <summary>The words and numbers the site shows for results and durations.</summary>
internal static class SiteText
{
    /// <summary>A cell's result as a word: passed, failed, timed out, skipped, not run.</summary>
    public static string Of(CellResultKind kind) => kind switch
    {
        CellResultKind.Passed => "passed",
        CellResultKind.Failed => "failed",
        CellResultKind.TimedOut => "timed out",
        CellResultKind.Skipped => "skipped",
        _ => "not run",
    };

    /// <summary>The CSS class of a cell's result.</summary>
    public static string CssClass(CellResultKind kind) => kind switch
    {
        CellResultKind.Passed => "passed",
        CellResultKind.Failed or CellResultKind.TimedOut => "failed",
        _ => "not-run",
    };

    /// <summary>A duration in milliseconds under a second, else in seconds.</summary>
    public static string Duration(TimeSpan duration) => duration < TimeSpan.FromSeconds(1)
        ? duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms"
        : duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    /// <summary>Passed cells over code cells, as <c>3/4</c>.</summary>
    public static string CellsPassed(NotebookResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.Cells.Count(c => c.Kind == CellResultKind.Passed)}/{result.Cells.Count}");
}
