// Runs change the process's working directory to each notebook's folder, so CLI tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
