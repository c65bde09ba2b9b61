using System.Diagnostics;
using System.Text;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;
using Xunit.Abstractions;

namespace Notebooks.Kernel.Tests.Formats;

/// <summary>Thousands of damaged notebooks: each must parse, or fail only with NotebookFormatException; what parses must write stably.</summary>
public sealed class MutationTests(ITestOutputHelper output)
{
    private const int Seed = 20_240_601;
    private const int MaxCases = 5000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [Fact]
    public void Parse_MutatedIpynb_FailsOnlyWithNotebookFormatException()
    {
        var sources = Fixture.Notebooks.Select(name => (name, Fixture.Bytes(name))).ToArray();
        Run("ipynb", sources, bytes => IpynbReader.Parse(bytes, "mutated.ipynb"));
    }

    [Fact]
    public void Parse_MutatedDib_FailsOnlyWithNotebookFormatException()
    {
        var sources = new[] { ("sample.dib", Fixture.Bytes("sample.dib")) };
        Run("dib", sources, bytes => DibReader.Parse(bytes, "mutated.dib"));
    }

    private void Run(string extension, (string Name, byte[] Bytes)[] sources, Func<byte[], Notebook> parse)
    {
        var master = new Random(Seed);
        var clock = Stopwatch.StartNew();
        var (parsed, rejected, cases) = (0, 0, 0);
        for (; cases < MaxCases && clock.Elapsed < Budget; cases++)
        {
            var caseSeed = master.Next();
            var random = new Random(caseSeed);
            var (name, original) = sources[random.Next(sources.Length)];
            var log = new List<string>();
            var mutated = JsonMutator.Mutate(original, random, log);
            string? problem;
            Exception? error = null;
            try
            {
                var notebook = parse(mutated);
                problem = CheckWriteIsStable(notebook);
                parsed++;
            }
            catch (NotebookFormatException e) when (e.Path.StartsWith("mutated.", StringComparison.Ordinal) && e.Message.StartsWith(e.Path + ":", StringComparison.Ordinal))
            {
                rejected++;
                continue;
            }
#pragma warning disable CA1031 // Any other exception is the bug this test looks for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                (problem, error) = ($"{e.GetType().Name}: {e.Message}", e);
            }

            if (problem is not null)
            {
                var file = Save(extension, caseSeed, mutated);
                Assert.Fail($"case {cases} (seed {Seed}, case seed {caseSeed}) from {name} after [{string.Join("; ", log)}]: {problem}\nmutated input saved to {file}\n{error}");
            }
        }

        output.WriteLine($"{extension}: {cases} cases in {clock.Elapsed.TotalSeconds:F1} s: {parsed} parsed, {rejected} rejected with NotebookFormatException");
        Assert.True(cases >= 200, $"only {cases} cases ran within {Budget}");
        Assert.True(rejected > 0 && parsed > 0, "the mutations should both break and keep notebooks");
    }

    // Whatever parses must write, read back and write again to the same text.
    private static string? CheckWriteIsStable(Notebook notebook)
    {
        var once = IpynbWriter.Write(notebook);
        var twice = IpynbWriter.Write(IpynbReader.Parse(Encoding.UTF8.GetBytes(once), "rewritten.ipynb"));
        return once == twice ? null : $"writing is not stable:\n{once}\n---\n{twice}";
    }

    private static string Save(string extension, int caseSeed, byte[] bytes)
    {
        var directory = Path.Combine(Path.GetTempPath(), "notebook-mutations");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"seed{Seed}-case{caseSeed}.{extension}");
        File.WriteAllBytes(file, bytes);
        return file;
    }
}
