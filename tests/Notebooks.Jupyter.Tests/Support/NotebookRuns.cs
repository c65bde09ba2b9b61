namespace Notebooks.Jupyter.Tests.Support;

/// <summary>The tests that run the whole collection: one at a time, so their timing checks do not compete with each other for the CPU.</summary>
[CollectionDefinition(Name)]
public sealed class NotebookRuns
{
    public const string Name = "notebook runs";
}
