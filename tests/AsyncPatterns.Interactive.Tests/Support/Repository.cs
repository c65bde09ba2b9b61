namespace AsyncPatterns.Interactive.Tests.Support;

/// <summary>The repository these tests were built from, found by its solution file above the test's output folder.</summary>
internal static class Repository
{
    /// <summary>The folder holding Notebooks.sln.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Notebooks.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("no Notebooks.sln above " + AppContext.BaseDirectory);
    }
}
