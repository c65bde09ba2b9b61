namespace Notebooks.Kernel.Tests.Support;

/// <summary>Tests that change the process's working directory run one at a time, apart from the rest.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingDirectoryCollection
{
    public const string Name = "process working directory";
}
