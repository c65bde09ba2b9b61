namespace Notebooks.Kernel.Packages;

/// <summary>A package restore that failed; the message carries NuGet's own errors.</summary>
public sealed class RestoreException : Exception
{
    /// <summary>Creates the exception with NuGet's messages.</summary>
    public RestoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with NuGet's messages and a cause.</summary>
    public RestoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RestoreException()
    {
    }
}
