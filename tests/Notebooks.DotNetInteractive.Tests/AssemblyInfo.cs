// Kernels set the process's formatting defaults and, for notebooks, its working directory: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
