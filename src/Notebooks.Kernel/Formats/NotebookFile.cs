using System.Text;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Formats;

/// <summary>Reads notebooks from disk by extension and writes them atomically.</summary>
public static class NotebookFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether <paramref name="path"/> has a notebook extension (.ipynb or .dib).</summary>
    public static bool IsNotebook(string path) =>
        path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a .ipynb or .dib file; any problem is a <see cref="NotebookFormatException"/>.</summary>
    public static Notebook Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > NotebookLimits.MaxFileBytes)
            {
                throw new NotebookFormatException(path, null, $"the file is {NotebookLimits.Megabytes(info.Length)}, over the {NotebookLimits.Megabytes(NotebookLimits.MaxFileBytes)} limit");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException(path, null, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message, e);
        }

        return path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase)
            ? DibReader.Parse(bytes, path)
            : IpynbReader.Parse(bytes, path);
    }

    /// <summary>Writes the notebook as .ipynb to <paramref name="path"/>: a temporary file beside it, then a rename.</summary>
    /// <remarks>A notebook that <see cref="Read"/> would refuse (<see cref="NotebookLimits"/>) is not written: a <see cref="NotebookFormatException"/> says why.</remarks>
    public static void WriteAtomically(Notebook notebook, string path)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(path);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            if (NotebookLimits.CellSize(notebook.Cells[i]) is var size and > NotebookLimits.MaxCellChars)
            {
                throw new NotebookFormatException(path, $"cell {i + 1}", $"not written: the cell would hold {NotebookLimits.Megabytes(size)} of text, over the {NotebookLimits.Megabytes(NotebookLimits.MaxCellChars)} limit the reader accepts");
            }
        }

        var text = IpynbWriter.Write(notebook);
        if (Utf8.GetByteCount(text) is var bytes && bytes > NotebookLimits.MaxFileBytes)
        {
            throw new NotebookFormatException(path, null, $"not written: the file would be {NotebookLimits.Megabytes(bytes)}, over the {NotebookLimits.Megabytes(NotebookLimits.MaxFileBytes)} limit the reader accepts");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
