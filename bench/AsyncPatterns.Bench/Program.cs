using AsyncPatterns.Bench;
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(TrackBench).Assembly).Run(args);
