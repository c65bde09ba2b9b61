using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Reporting;

/// <summary>Follows a run as it happens; with <c>-j</c> its calls come from several notebooks at once, so implementations are thread-safe.</summary>
internal interface IRunReporter
{
    /// <summary>The run starts with these notebooks, in order.</summary>
    void RunStarted(IReadOnlyList<string> notebooks);

    /// <summary>A notebook's worker started running it; it has <paramref name="codeCells"/> code cells.</summary>
    void NotebookStarted(string path, int codeCells);

    /// <summary>A code cell of <paramref name="path"/> started (its number among all cells, from 1).</summary>
    void CellStarted(string path, int number, string? id);

    /// <summary>A code cell of <paramref name="path"/> ended.</summary>
    void CellFinished(string path, CellResult cell);

    /// <summary>A notebook ended; its executed copy is at <paramref name="writtenTo"/>.</summary>
    void NotebookFinished(NotebookResult result, string writtenTo);

    /// <summary>A notebook could not be read or prepared, so it did not run.</summary>
    void Unreadable(NotebookFormatException error);

    /// <summary>The run ended: the summary.</summary>
    void RunFinished(IReadOnlyList<NotebookResult> results, int unreadable);
}
