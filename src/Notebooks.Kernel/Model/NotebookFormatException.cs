namespace Notebooks.Kernel.Model;

/// <summary>A notebook file that cannot be read; the message names the file and, where known, the place.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/> with a location and a reason.</summary>
    public NotebookFormatException(string path, string? location, string reason, Exception? inner = null)
        : base(location is null ? $"{path}: {reason}" : $"{path}:{location}: {reason}", inner)
    {
        Path = path;
        Location = location;
        Reason = reason;
    }

    /// <summary>The file that could not be read.</summary>
    public string Path { get; }

    /// <summary>Where in the file: <c>line:column</c> or <c>cell N</c>, when known.</summary>
    public string? Location { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
