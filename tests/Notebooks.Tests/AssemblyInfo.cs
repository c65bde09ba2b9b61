// Each notebook runs in its own folder as the working directory, and timing demos want the machine to themselves.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
