namespace Notebooks.Tests;

/// <summary>Where the collection lives (<c>notebooks/</c> beside the solution file) and the extension version the build packed.</summary>
internal static class Collection
{
    public static string Root { get; } = FindRoot();

    public static string Folder => Path.Combine(Root, "notebooks");

    /// <summary>The version of the AsyncPatterns.Interactive package in <c>artifacts/packages</c>.</summary>
    public static string ExtensionVersion
    {
        get
        {
            const string Prefix = "AsyncPatterns.Interactive.";
            var package = Directory.GetFiles(Path.Combine(Root, "artifacts", "packages"), Prefix + "*.nupkg").Single();
            return Path.GetFileNameWithoutExtension(package)[Prefix.Length..];
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Notebooks.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Notebooks.sln was not found above {AppContext.BaseDirectory}");
    }
}
