namespace Notebooks.Jupyter.Tests.Support;

/// <summary>The repository the tests were built in: the folder above them that holds Notebooks.sln.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>The collection's folder, <c>notebooks/</c>.</summary>
    public static string Notebooks => Path.Combine(Root, "notebooks");

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
