using System.Text;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Formats;

/// <summary>Reads notebooks from disk by extension and writes them atomically.</summary>
public static class NotebookFile
{
    /// <summary>The largest notebook file the reader accepts.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

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
            if (info.Exists && info.Length > MaxFileBytes)
            {
                throw new NotebookFormatException(path, null, $"the file is {info.Length / (1024 * 1024)} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit");
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
    public static void WriteAtomically(Notebook notebook, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, IpynbWriter.Write(notebook), new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
