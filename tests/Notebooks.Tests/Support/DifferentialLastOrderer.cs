using Xunit.Abstractions;

namespace Notebooks.Tests.Support;

/// <summary>Runs the differential check after every other test class: it reuses the collection's runs, which run .NET Interactive first.</summary>
public sealed class DifferentialLastOrderer : ITestCollectionOrderer
{
    /// <summary>The orderer's name, for <see cref="TestCollectionOrdererAttribute"/>.</summary>
    public const string Name = "Notebooks.Tests.Support.DifferentialLastOrderer";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => c.DisplayName.Contains(nameof(DifferentialTests), StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
