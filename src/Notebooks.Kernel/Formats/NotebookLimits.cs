using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Formats;

/// <summary>The sizes the reader accepts; the runner keeps what it writes within them, so both sides use these.</summary>
public static class NotebookLimits
{
    /// <summary>The largest notebook file the reader accepts, in bytes.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>The largest cell the reader accepts: source plus outputs, in characters as <see cref="CellSize"/> counts them.</summary>
    public const int MaxCellChars = 16 * 1024 * 1024;

    /// <summary>A cell's size as the reader measures it: its source and the text of its outputs (keys included).</summary>
    public static long CellSize(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Source.Length + cell.Outputs.Sum(o => (long)OutputReader.Size(o));
    }

    /// <summary>A size in whole megabytes, as the limit messages give it.</summary>
    public static string Megabytes(long size) => $"{size / (1024 * 1024)} MB";
}
