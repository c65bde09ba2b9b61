// Each notebook runs in its own folder as the working directory, and timing demos want the machine to themselves.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// The differential check comes last: it compares the collection's runs, which ran .NET Interactive before our kernel.
[assembly: TestCollectionOrderer(Notebooks.Tests.Support.DifferentialLastOrderer.Name, Notebooks.Tests.Support.EngineFirstOrderer.Assembly)]
