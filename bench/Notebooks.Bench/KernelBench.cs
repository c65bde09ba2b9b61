using System.Diagnostics;
using Notebooks.Kernel.Engines;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Packages;

namespace Notebooks.Bench;

/// <summary>(b) per-cell cost of trivial cells and (c) cached restores, in this process.</summary>
internal static class KernelBench
{
    /// <summary>The package whose cached restore is timed.</summary>
    public const string Package = "#r \"nuget: Microsoft.Data.Sqlite, 10.0.13\"";

    /// <summary>Runs one cell and returns its wall time from request to <see cref="CellCompletedEvent"/>, failing on a failed cell.</summary>
    public static async Task<double> CellAsync(INotebookEngine kernel, string code)
    {
        var start = Stopwatch.GetTimestamp();
        CellCompletedEvent? completed = null;
        var errors = new List<string>();
        await foreach (var e in kernel.ExecuteAsync(new CellRequest(code)))
        {
            completed = e as CellCompletedEvent ?? completed;
            if (e is ErrorEvent error)
            {
                errors.Add($"{error.Error}");
            }
        }

        var elapsed = Clock.Ms(start, Stopwatch.GetTimestamp());
        if (completed?.Status != CellStatus.Succeeded)
        {
            throw new InvalidOperationException($"cell failed: {code}\n{string.Join('\n', errors)}");
        }

        return elapsed;
    }

    /// <summary>(b): ~<paramref name="cells"/> trivial cells after a first one, in one kernel of <paramref name="engine"/>.</summary>
    public static async Task PerCellAsync(NotebookEngine engine, int cells, string work)
    {
        Console.WriteLine($"(b) trivial cells after the first, in one kernel of {engine.Title} (in-process, {cells} cells)");
        var kernel = engine.Create(new KernelOptions { BaseDirectory = work });
        await using var dispose = kernel;
        var firstStart = Stopwatch.GetTimestamp();
        var first = await CellAsync(kernel, "1 + 1");
        var createdToFirst = Clock.Ms(firstStart, Stopwatch.GetTimestamp());
        var samples = new List<double>();
        for (var i = 0; i < cells; i++)
        {
            var n = i / 2;
            samples.Add(await CellAsync(kernel, i % 2 == 0 ? $"var a{n} = {n};" : $"a{n} + 1"));
        }

        var tail = Math.Max(1, cells / 4);
        Console.WriteLine($"  first cell of this kernel (process already warm? see cold line)  {first,8:0.0} ms ({createdToFirst:0.0} ms from the request)");
        Console.WriteLine($"  all cells after the first                {Stats.Of(samples)}");
        Console.WriteLine($"  first {tail} of them                       {Stats.Of(samples[..tail])}");
        Console.WriteLine($"  last {tail} of them                        {Stats.Of(samples[^tail..])}");
    }

    /// <summary>(c): a cached restore of one package, timed in fresh kernels.</summary>
    public static async Task CachedRestoreAsync(int runs, string cache, string work)
    {
        Console.WriteLine($"(c) cached restore: {Package} (in-process, fresh kernel each time; cache {cache})");
        var restorer = new NuGetRestorer(cache);
        var options = new KernelOptions { BaseDirectory = work, Restorer = restorer, DefaultTimeout = TimeSpan.FromMinutes(10) };
        var warm = await WithKernel(options, k => CellAsync(k, Package));
        Console.WriteLine($"  first (fills the cache if empty)          {warm,8:0.0} ms");
        var directive = new List<double>();
        var withUse = new List<double>();
        var restoreOnly = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            directive.Add(await WithKernel(options, k => CellAsync(k, Package)));
            withUse.Add(await WithKernel(options, async k =>
            {
                await CellAsync(k, "1 + 1");
                return await CellAsync(k, $"{Package}\nnew Microsoft.Data.Sqlite.SqliteConnectionStringBuilder {{ DataSource = \"x.db\" }}.ToString()");
            }));
            restoreOnly.Add(await Clock.TimeAsync(() => restorer.RestoreAsync([new PackageRequest("Microsoft.Data.Sqlite", "10.0.13")], [])));
        }

        Console.WriteLine($"  directive-only cell in a fresh kernel     {Stats.Of(directive)}");
        Console.WriteLine($"  directive + code using it (warm kernel)   {Stats.Of(withUse)}");
        Console.WriteLine($"  NuGetRestorer.RestoreAsync alone          {Stats.Of(restoreOnly)}");
    }

    private static async Task<double> WithKernel(KernelOptions options, Func<CSharpKernel, Task<double>> body)
    {
        var kernel = new CSharpKernel(options);
        await using var dispose = kernel;
        return await body(kernel);
    }
}
