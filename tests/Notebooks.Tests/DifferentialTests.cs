using Notebooks.DotNetInteractive;
using Notebooks.Kernel.Engines;
using Notebooks.Kernel.Execution;
using Notebooks.Tests.Differential;
using Notebooks.Tests.Support;
using Xunit.Abstractions;

namespace Notebooks.Tests;

/// <summary>The differential check: every corpus runs on both engines and the cells are compared; any difference not in
/// <c>Differential/intended-differences.json</c> fails, and so does an entry of that list that no longer matches anything.</summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Engines_AgreeCellByCell_ApartFromTheIntendedDifferences()
    {
        var list = IntendedDifferences.Load();
        var notebooks = DifferentialCorpus.All
            .SelectMany(c => c.Notebooks().Where(p => !list.IsExcluded(c.Name, Path.GetFileName(p))).Select(p => (Corpus: c, Path: p)))
            .ToList();

        // .NET Interactive's side of every notebook first: its Roslyn loader reuses assemblies the process already holds, so
        // packages our kernel loaded (SQLite's) must not be there yet (see EngineFirstOrderer; the collection's tests ran first).
        var theirs = new List<NotebookRun>();
        foreach (var (corpus, path) in notebooks)
        {
            theirs.Add(await corpus.Run(DotNetInteractiveEngine.Engine, path));
        }

        var ours = new List<NotebookRun>();
        foreach (var (corpus, path) in notebooks)
        {
            ours.Add(await corpus.Run(NotebookEngine.Notebooks, path));
        }

        var differences = new List<CellDifference>();
        var tallies = DifferentialCorpus.All.ToDictionary(c => c.Name, _ => new Tally());
        for (var i = 0; i < notebooks.Count; i++)
        {
            var corpus = notebooks[i].Corpus.Name;
            var name = Path.GetFileName(notebooks[i].Path);
            if (notebooks[i].Corpus.MustPass && (!ours[i].Result.Passed || !theirs[i].Result.Passed))
            {
                output.WriteLine($"{corpus}/{name}: not compared, it failed on {(ours[i].Result.Passed ? theirs[i].Result.Engine : ours[i].Result.Engine)} ({nameof(CollectionTests)} reports it)");
                continue;
            }

            var measurements = notebooks[i].Corpus.Measurements;
            foreach (var (a, b) in Cells(ours[i], measurements).Zip(Cells(theirs[i], measurements)))
            {
                var found = CellComparison.Differences(a, b).Select(d => new CellDifference(corpus, name, a.Label, d.Aspect, d.Ours, d.Theirs)).ToList();
                tallies[corpus].Add(found, list);
                differences.AddRange(found);
            }
        }

        foreach (var (corpus, tally) in tallies)
        {
            output.WriteLine($"{corpus}: {tally.Agreeing}/{tally.Total} cells agree ({tally.AgreeingApartFromIntended}/{tally.Total} apart from the intended differences)");
        }

        var unexpected = differences.Where(d => list.Covering(d) is null).ToList();
        var unused = list.Differences.Where(e => !e.Varies && !differences.Any(e.Covers)).Select(e => e.Id).ToList();
        foreach (var group in differences.GroupBy(d => list.Covering(d)))
        {
            var what = group.Key is null ? "not in the list" : group.Key.Until is null ? "intended" : "known, until " + group.Key.Until;
            output.WriteLine($"  {group.Key?.Id ?? "(unexpected)"}: {group.Count()} difference(s), {what}");
        }

        foreach (var excluded in list.Excluded)
        {
            output.WriteLine($"  left out: {excluded.Corpus}/{excluded.Notebook}: {excluded.Reason}");
        }

        Assert.True(
            unexpected.Count == 0 && unused.Count == 0,
            $"{unexpected.Count} difference(s) between the engines are not in {IntendedDifferences.FileName}:\n"
            + string.Join("\n", unexpected.Select(d => "  " + d))
            + (unused.Count == 0 ? "" : $"\nentries that match no difference any more (remove them): {string.Join(", ", unused)}"));
    }

    [Fact]
    public async Task DefaultReferences_TheSharedFrameworkAssembliesACellSees_AreTheSameOnBothEngines()
    {
        const string Probe = """
            var compilation = ((Microsoft.DotNet.Interactive.CSharp.CSharpKernel)Microsoft.DotNet.Interactive.KernelInvocationContext.Current.HandlingKernel)
                .ScriptState.Script.GetCompilation();
            Console.Write(string.Join("\n", compilation.ReferencedAssemblyNames.Select(a => a.Name)));
            """;
        var theirs = new List<string>();
        await using (var engine = DotNetInteractiveEngine.Engine.Create(new KernelOptions()))
        {
            await foreach (var e in engine.ExecuteAsync(new CellRequest(Probe)))
            {
                Assert.False(e is ErrorEvent, (e as ErrorEvent)?.Error.Summary);
                theirs.AddRange(e is StreamEvent { Name: "stdout" } s ? s.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries) : []);
            }
        }

        await using var kernel = new CSharpKernel();
        var ours = kernel.CompileDraft("1").ReferencedAssemblyNames.Select(a => a.Name).ToList();

        var framework = SharedFrameworkAssemblies();
        Assert.NotEmpty(theirs);
        Assert.Equal(theirs.Where(framework.Contains).Order(StringComparer.Ordinal), ours.Where(framework.Contains).Order(StringComparer.Ordinal));
        output.WriteLine($"shared framework: {ours.Count(framework.Contains)} assemblies on both engines");
        output.WriteLine($"only .NET Interactive's (its own and its dependencies): {string.Join(", ", theirs.Except(ours).Order(StringComparer.Ordinal))}");
        output.WriteLine($"only ours (its own and its dependencies): {string.Join(", ", ours.Except(theirs).Order(StringComparer.Ordinal))}");
    }

    [Fact]
    public void IntendedDifferences_EveryEntryHasAReason_AndEveryExcludedNotebookExists()
    {
        var list = IntendedDifferences.Load();
        Assert.All(list.Differences, d => Assert.True(
            d.Reason.Length > 20 && CellComparison.Aspects.Any(d.CoversAspect),
            $"{d.Id}: aspect {d.Aspect} names none of {string.Join(", ", CellComparison.Aspects)}, or the reason \"{d.Reason}\" is too short"));
        Assert.Equal(list.Differences.Count, list.Differences.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(list.Excluded, e => Assert.True(
            e.Reason.Length > 20 && DifferentialCorpus.All.Single(c => c.Name == e.Corpus).Notebooks().Any(p => Path.GetFileName(p) == e.Notebook),
            $"{e.Corpus}/{e.Notebook}: not in its corpus, or no reason"));
    }

    /// <summary>The names of the assemblies in Microsoft.NETCore.App and Microsoft.AspNetCore.App of the runtime this runs on.</summary>
    private static HashSet<string> SharedFrameworkAssemblies()
    {
        var core = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var asp = Path.Combine(core, "..", "..", "Microsoft.AspNetCore.App", Path.GetFileName(core));
        return [.. new[] { core, asp }.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.dll")).Select(Path.GetFileNameWithoutExtension).OfType<string>()];
    }

    /// <summary>The code cells of a run, each with its result.</summary>
    private static IEnumerable<CellView> Cells(NotebookRun run, bool measurements) =>
        run.Result.Cells.Select(r => CellView.Of(run.Executed.Cells[r.Number - 1], r, measurements));

    private sealed class Tally
    {
        public int Total { get; private set; }

        public int Agreeing { get; private set; }

        public int AgreeingApartFromIntended { get; private set; }

        public void Add(IReadOnlyCollection<CellDifference> found, IntendedDifferences list)
        {
            Total++;
            Agreeing += found.Count == 0 ? 1 : 0;
            AgreeingApartFromIntended += found.All(d => list.Covering(d) is not null) ? 1 : 0;
        }
    }
}
