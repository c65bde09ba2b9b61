namespace Notebooks.Kernel.Tests.Support;

/// <summary>Tests that change process-wide state (the working directory, the console) run one at a time, apart from the rest.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessStateCollection
{
    public const string Name = "process-wide state";
}
