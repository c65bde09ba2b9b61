// Kernels set the process's formatting defaults (.NET Interactive's Formatter is process-wide): one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
