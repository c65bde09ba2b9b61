using System.Globalization;
using System.Text.Json.Nodes;

namespace Notebooks.Bench;

/// <summary>The startup issue's four figures through the command line, beside <c>dotnet run app.cs</c> for the same statements.</summary>
internal static class CliBench
{
    /// <summary>Trivial cells in the long notebook (and statements in the file-based app).</summary>
    public const int Cells = 41;

    /// <summary>Runs <paramref name="rounds"/> interleaved rounds over every CLI and engine, then the collection once per CLI; prints the figures.</summary>
    public static async Task RunAsync(IReadOnlyList<string> clis, IReadOnlyList<string> engines, int rounds, string? collection, string work)
    {
        var one = await WriteNotebookAsync(work, "one.ipynb", 1);
        var many = await WriteNotebookAsync(work, $"cells{Cells}.ipynb", Cells);
        var app = Path.Combine(work, "app", "app.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(app)!);
        var dotnet = Launcher.DotnetHost();
        var loadAtStart = Machine.LoadAverage();
        Console.WriteLine($"(cli) through `run`, {rounds} interleaved rounds; load average at start {loadAtStart}");

        var cases = clis.SelectMany(cli => engines.Select(engine => (Cli: cli, Engine: engine))).ToList();
        var samples = cases.ToDictionary(c => c, _ => new Samples());
        var appRuns = new List<double>();
        var appCpu = new List<double>();

        // One unmeasured pass: disk caches, the compiler server and the file-based app's build folder are warm before the rounds.
        foreach (var (cli, engine) in cases)
        {
            await RunNotebookAsync(dotnet, cli, engine, one, work);
        }

        await RunAppAsync(dotnet, app, 0);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var c in round % 2 == 0 ? cases : cases.AsEnumerable().Reverse())
            {
                var first = await RunNotebookAsync(dotnet, c.Cli, c.Engine, one, work);
                var junit = Path.Combine(work, "cells.junit.xml");
                var whole = await RunNotebookAsync(dotnet, c.Cli, c.Engine, many, work, ["--junit", junit]);
                samples[c].Add(first, whole, LaterCellsMedian(junit));
            }

            var appRun = await RunAppAsync(dotnet, app, round + 1);
            appRuns.Add(appRun.ToExit);
            appCpu.Add(appRun.CpuMs);
        }

        var app41 = Stats.Of(appRuns);
        foreach (var c in cases)
        {
            var s = samples[c];
            Console.WriteLine($"  {c.Engine} engine, {c.Cli}");
            Console.WriteLine($"    process start -> first cell's result (one.ipynb)   {Stats.Of(s.FirstResult)}");
            Console.WriteLine($"    the same, process start -> exit                    {Stats.Of(s.FirstExit)}");
            Console.WriteLine($"      CPU time (user + sys, both processes)            {Stats.Of(s.FirstCpu)}");
            Console.WriteLine($"    each further trivial cell ((41-cell - 1-cell) / 40) {Stats.Of(s.PerCell)}");
            Console.WriteLine($"      median of cells 2-41 in each run (JUnit times)  {Stats.Of(s.CellMedian)}");
            Console.WriteLine($"    a {Cells}-cell notebook, whole run                    {Stats.Of(s.Whole)}");
            Console.WriteLine($"      CPU time (user + sys, both processes)            {Stats.Of(s.WholeCpu)}");
            Console.WriteLine($"      ratio to `dotnet run app.cs` (medians)            {Stats.Of(s.Whole).Median / app41.Median:0.00}x (goal <= 1.20x)");
        }

        Console.WriteLine($"  the same {Cells} statements, app.cs edited then `dotnet run app.cs` {app41}");
        Console.WriteLine($"      CPU time (user + sys, the dotnet process tree; the compiler server's is not in it) {Stats.Of(appCpu)}");
        if (collection is not null)
        {
            foreach (var cli in clis)
            {
                var output = Path.Combine(work, "collection");
                var launched = await Launcher.LaunchAsync(dotnet, [cli, "run", collection, "-j", "2", "--output", output], work, anyExitCode: true);
                Console.WriteLine($"  the collection, run -j 2 ({cli}): {launched.ToExit / 1000:0.0} s, exit code {launched.ExitCode}, load average after {Machine.LoadAverage()}");
            }
        }

        Console.WriteLine($"  load average at end {Machine.LoadAverage()}");
    }

    private static async Task<Launcher.Launched> RunNotebookAsync(string dotnet, string cli, string engine, string notebook, string work, string[]? extra = null) =>
        await Launcher.LaunchAsync(dotnet, [cli, "run", notebook, "--engine", engine, "--output", Path.Combine(work, "executed"), .. extra ?? []], work);

    /// <summary>The median time of the cells after the first, from a JUnit report (a test case per cell, in order), in milliseconds.</summary>
    private static double LaterCellsMedian(string junit)
    {
        var times = System.Xml.Linq.XDocument.Load(junit).Descendants("testcase")
            .Select(c => double.Parse(c.Attribute("time")!.Value, CultureInfo.InvariantCulture) * 1000)
            .Skip(1)
            .ToArray();
        return Stats.Of(times).Median;
    }

    /// <summary>Edits the app (so it is compiled again, as after a change) and runs it.</summary>
    private static async Task<Launcher.Launched> RunAppAsync(string dotnet, string app, int edit)
    {
        var statements = Enumerable.Range(1, Cells).Select(n => Statement(n));
        await File.WriteAllTextAsync(app, $"// edit {edit.ToString(CultureInfo.InvariantCulture)}\n{string.Join('\n', statements)}\n");
        return await Launcher.LaunchAsync(dotnet, ["run", app], Path.GetDirectoryName(app)!);
    }

    private static string Statement(int n) => $"var v{n} = {n}; Console.WriteLine(v{n} * 2);";

    private static async Task<string> WriteNotebookAsync(string work, string name, int cells)
    {
        var list = new JsonArray();
        for (var n = 1; n <= cells; n++)
        {
            list.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["metadata"] = new JsonObject(),
                ["outputs"] = new JsonArray(),
                ["source"] = new JsonArray(Statement(n)),
            });
        }

        var notebook = new JsonObject
        {
            ["cells"] = list,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var path = Path.Combine(work, name);
        await File.WriteAllTextAsync(path, notebook.ToJsonString());
        return path;
    }

    private sealed class Samples
    {
        public List<double> FirstResult { get; } = [];

        public List<double> FirstExit { get; } = [];

        public List<double> Whole { get; } = [];

        public List<double> PerCell { get; } = [];

        public List<double> CellMedian { get; } = [];

        public List<double> FirstCpu { get; } = [];

        public List<double> WholeCpu { get; } = [];

        public void Add(Launcher.Launched first, Launcher.Launched whole, double cellMedian)
        {
            CellMedian.Add(cellMedian);
            FirstResult.Add(first.ToResult);
            FirstExit.Add(first.ToExit);
            Whole.Add(whole.ToExit);
            PerCell.Add((whole.ToExit - first.ToExit) / (Cells - 1));
            FirstCpu.Add(first.CpuMs);
            WholeCpu.Add(whole.CpuMs);
        }
    }
}
