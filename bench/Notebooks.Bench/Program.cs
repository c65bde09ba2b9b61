using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using Notebooks.Bench;
using Notebooks.DotNetInteractive;
using Notebooks.Kernel.Engines;
using Notebooks.Kernel.Execution;

var coldStart = Stopwatch.GetTimestamp();
var quick = args.Contains("--quick");
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
var cliArg = args.SkipWhile(a => a != "--cli").Skip(1).FirstOrDefault();
var work = Directory.CreateTempSubdirectory("notebooks-bench-").FullName;

// Measured first, before anything else warms Roslyn in this process.
var cold = await ColdFirstCellAsync(work);
var coldTotal = Clock.Ms(coldStart, Stopwatch.GetTimestamp());

var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {memory:0.#} GiB, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.RuntimeIdentifier}, .NET {Environment.Version}");
Console.WriteLine($"mode: {(quick ? "quick" : "full")}; bench built {Metadata("BuildConfiguration")}; work folder {work}");
Console.WriteLine($"(in-process) bench Main -> first cell result of a new kernel (bench host, JIT-only): {coldTotal:0.0} ms (cell itself {cold:0.0} ms)");
Console.WriteLine();

try
{
    if (only is null or "startup")
    {
        var cli = cliArg ?? FindCli();
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
