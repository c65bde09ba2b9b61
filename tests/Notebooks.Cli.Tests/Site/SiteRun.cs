using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Site;

/// <summary>One <c>run --html</c> over fixtures (a Timeline chart, printed markup, passing, failing, unreadable) shared by the site's end-to-end tests.</summary>
public sealed class SiteRun : IAsyncLifetime
{
    internal CliHarness Cli { get; private set; } = null!;

    internal CliResult Result { get; private set; } = null!;

    /// <summary>The site's folder.</summary>
    public string Site => Path.Combine(Cli.Folder, "site");

    public string Read(string file) => File.ReadAllText(Path.Combine(Site, file));

    public async Task InitializeAsync()
    {
        Cli = CliHarness.WithFixtures("timeline-chart.ipynb", "script-output.ipynb", "passing.ipynb", "compile-error.ipynb", "malformed.ipynb");
        UseLocalFeed(Cli.PathOf("timeline-chart.ipynb"));
        Result = await Cli.Run(Cli.Folder, "--html", Site);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Points the chart fixture at the local feed the build packs the extension into, as the collection's notebooks load it.</summary>
    private static void UseLocalFeed(string notebook)
    {
        const string Prefix = "AsyncPatterns.Interactive.";
        var feed = Path.Combine(CliHarness.RepositoryRoot(), "artifacts", "packages");
        var package = Directory.GetFiles(feed, Prefix + "*.nupkg").Single();
        var version = Path.GetFileNameWithoutExtension(package)[Prefix.Length..];
        var text = File.ReadAllText(notebook).Replace("{{feed}}", feed.Replace("\\", "\\\\", StringComparison.Ordinal), StringComparison.Ordinal);
        File.WriteAllText(notebook, text.Replace("{{version}}", version, StringComparison.Ordinal));
    }
}

/// <summary>The tests that share one <see cref="SiteRun"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SiteRunCollection : ICollectionFixture<SiteRun>
{
    public const string Name = "site run";
}
