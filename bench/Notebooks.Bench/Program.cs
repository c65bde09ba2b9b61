using System.Diagnostics;
using System.Reflection;
using Notebooks.Bench;
using Notebooks.DotNetInteractive;
using Notebooks.Kernel.Engines;
using Notebooks.Kernel.Execution;

var coldStart = Stopwatch.GetTimestamp();
var quick = args.Contains("--quick");
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
var cliArgs = args.Zip(args.Skip(1)).Where(p => p.First == "--cli").Select(p => Path.GetFullPath(p.Second)).ToList();
var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).FirstOrDefault();
var work = Directory.CreateTempSubdirectory("notebooks-bench-").FullName;

// Measured first, before anything else warms Roslyn in this process.
var cold = await ColdFirstCellAsync(work);
var coldTotal = Clock.Ms(coldStart, Stopwatch.GetTimestamp());

Console.WriteLine($"machine: {Machine.Describe()}; load average {Machine.LoadAverage()}");
Console.WriteLine($"mode: {(quick ? "quick" : "full")}; bench built {Metadata("BuildConfiguration")}; work folder {work}");
Console.WriteLine($"(in-process) bench Main -> first cell result of a new kernel (bench host, JIT-only): {coldTotal:0.0} ms (cell itself {cold:0.0} ms)");
Console.WriteLine();

try
{
    if (only is null or "cli")
    {
        var clis = cliArgs.Count > 0 ? cliArgs : [FindCli()];
        var engines = args.Contains("--our-engine-only") ? [NotebookEngine.Notebooks.Name] : new[] { NotebookEngine.Notebooks.Name, DotNetInteractiveEngine.Engine.Name };
        var collection = quick || args.Contains("--no-collection") ? null : Path.Combine(Metadata("RepositoryRoot")!, "notebooks");
        await CliBench.RunAsync(clis, engines, rounds > 0 ? rounds : quick ? 3 : 7, collection, work);
        Console.WriteLine();
    }

    if (only is null or "startup")
    {
        var cli = cliArgs.FirstOrDefault() ?? FindCli();
        await StartupBench.RunAsync(cli, quick ? 3 : 10, work);
        Console.WriteLine();
    }

    if (only is null or "cells")
    {
        foreach (var engine in new[] { NotebookEngine.Notebooks, DotNetInteractiveEngine.Engine })
        {
            await KernelBench.PerCellAsync(engine, quick ? 60 : 200, work);
            Console.WriteLine();
        }
    }

    if (only is null or "restore")
    {
        var cache = Environment.GetEnvironmentVariable("NOTEBOOKS_BENCH_CACHE") is { Length: > 0 } c ? c : Path.Combine(Path.GetTempPath(), "notebooks-bench-restore-cache");
        await KernelBench.CachedRestoreAsync(quick ? 3 : 10, cache, work);
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}

return 0;

static async Task<double> ColdFirstCellAsync(string work)
{
    var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = work });
    await using var dispose = kernel;
    return await KernelBench.CellAsync(kernel, "1 + 1");
}

static string? Metadata(string key) =>
    typeof(StartupBench).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;

static string FindCli()
{
    var root = Path.Combine(Metadata("RepositoryRoot")!, "artifacts", "bin", "Notebooks.Cli");
    var configuration = Metadata("BuildConfiguration")!.ToLowerInvariant();
    var candidates = Directory.Exists(root) ? Directory.GetDirectories(root) : [];
    var folder = candidates.Where(d => Path.GetFileName(d) == configuration || Path.GetFileName(d).StartsWith(configuration + "_", StringComparison.Ordinal))
        .Where(d => File.Exists(Path.Combine(d, "notebooks.dll")))
        .OrderByDescending(d => File.GetLastWriteTimeUtc(Path.Combine(d, "notebooks.dll")))
        .FirstOrDefault()
        ?? throw new InvalidOperationException($"no built CLI under {root} for {configuration}; build it or pass --cli PATH/notebooks.dll");
    return Path.Combine(folder, "notebooks.dll");
}
