namespace Notebooks.Jupyter.Tests.Support;

/// <summary>The dotnet host the tests run on, for the kernel processes they start.</summary>
internal static class Dotnet
{
    /// <summary>The running dotnet executable, or <c>dotnet</c> from PATH when the tests run under another host.</summary>
    public static string Host => Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
