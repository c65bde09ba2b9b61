using Xunit.Abstractions;
using Xunit.Sdk;

namespace Notebooks.Tests.Support;

/// <summary>Runs the .NET Interactive cases before ours: its Roslyn loader reuses any assembly the process already holds, ours included,
/// so a package our kernel loaded first (SQLite's) would reach .NET Interactive's cells from our load context. The worker runs one
/// engine per process; this keeps the shared test process as close to that as one process can be.</summary>
public sealed class EngineFirstOrderer : ITestCaseOrderer
{
    /// <summary>The orderer's name, for <see cref="TestCaseOrdererAttribute"/>.</summary>
    public const string Name = "Notebooks.Tests.Support.EngineFirstOrderer";

    /// <summary>This assembly's name, for <see cref="TestCaseOrdererAttribute"/>.</summary>
    public const string Assembly = "Notebooks.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases
            .OrderBy(c => c.TestMethodArguments is [string engine, ..] && engine == Notebooks.DotNetInteractive.DotNetInteractiveEngine.Name ? 0 : 1)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
