namespace Notebooks.Cli.Tests.Support;

/// <summary>
/// The tests that change or count what the whole test process shares: environment variables, the working directory, open files.
/// They run one at a time, after the other test classes (which run in parallel) have finished.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessStateCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "process state";
}
