namespace Notebooks.Tests;

/// <summary>Where the collection lives: <c>notebooks/</c> beside the solution file.</summary>
internal static class Collection
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Notebooks.sln")))
            {
                return Path.Combine(folder.FullName, "notebooks");
            }
        }

        throw new InvalidOperationException($"Notebooks.sln was not found above {AppContext.BaseDirectory}");
    }
}
