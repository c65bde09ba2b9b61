using System.Globalization;
using Notebooks.Cli.Commands;
using Notebooks.Cli.Workers;

namespace Notebooks.Cli.Tests.Workers;

/// <summary>A job reaches its worker whole: as the <c>worker</c> command's arguments, and as the JSON line a standby worker reads.</summary>
public sealed class WorkerJobTests
{
    private static readonly WorkerJob Job = new(
        Path.Combine(Path.GetTempPath(), "a folder", "ünïcode notebook.ipynb"),
        Path.Combine(Path.GetTempPath(), "out", "ünïcode notebook.ipynb"),
        TimeSpan.FromSeconds(2.5),
        true,
        new Dictionary<string, string> { ["n"] = "3", ["query"] = "a=b c", ["empty"] = "", ["flag"] = "--target", ["lines"] = "one\ntwo" })
    {
        Engine = "dotnet-interactive",
        CancellationGrace = TimeSpan.FromSeconds(1.5),
    };

    [Fact]
    public void ToArguments_ParsedByTheWorkerCommand_GiveTheSameJob() => Assert.Equal(Describe(Job), Describe(Parsed(Job)));

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.1)]
    [InlineData(1e-7)]
    [InlineData(86_400.25)]
    public void ToArguments_FractionalTimeout_ParsesToTheSameTimeout(double seconds)
    {
        var job = Job with { CellTimeout = TimeSpan.FromSeconds(seconds) };

        Assert.Equal(job.CellTimeout, Parsed(job).CellTimeout);
    }

    [Fact]
    public void ToArguments_DefaultsAndNoParameters_ParseToTheSameJob()
    {
        var job = new WorkerJob("/n.ipynb", "/out/n.ipynb", TimeSpan.FromSeconds(120), false, new Dictionary<string, string>());

        Assert.Equal(Describe(job), Describe(Parsed(job)));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void ToArguments_WorkerInACultureWithADecimalComma_ParsesTheSameTimeoutAndGrace(string culture)
    {
        var outer = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal((Job.CellTimeout, Job.CancellationGrace), (Parsed(Job).CellTimeout, Parsed(Job).CancellationGrace));
        }
        finally
        {
            CultureInfo.CurrentCulture = outer;
        }
    }

    [Fact]
    public void ParseJob_AssignedJobLine_GivesTheSameJob()
    {
        var line = System.Text.Json.JsonSerializer.Serialize(Job, WorkerJsonContext.Default.WorkerJob);

        Assert.DoesNotContain('\n', line);
        Assert.Equal(Describe(Job), Describe(WorkerLauncher.ParseJob(line)!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"notebookPath\": ")]
    public void ParseJob_NotAJob_ReturnsNull(string line) => Assert.Null(WorkerLauncher.ParseJob(line));

    /// <summary>The job the <c>worker</c> command reads from <paramref name="job"/>'s arguments, failing on any parse error.</summary>
    private static WorkerJob Parsed(WorkerJob job)
    {
        var result = CliApp.Create().Parse([.. job.ToArguments()]);
        Assert.Empty(result.Errors.Select(e => e.Message));
        Assert.Equal("worker", result.CommandResult.Command.Name);
        return new WorkerJob(
            result.GetValue<string>("NOTEBOOK")!,
            result.GetValue<string>("--target")!,
            TimeSpan.FromSeconds(result.GetValue<double>("--timeout")),
            result.GetValue<bool>("--continue-on-error"),
            CommandOptions.ParametersOf(result.GetValue<string[]>("--parameter")))
        {
            Engine = result.GetValue<string>("--engine")!,
            CancellationGrace = TimeSpan.FromSeconds(result.GetValue<double>("--grace")),
        };
    }

    /// <summary>A job's fields as text, its parameters in order of name (records compare dictionaries by reference).</summary>
    private static string Describe(WorkerJob job) =>
        $"{job.NotebookPath}|{job.TargetPath}|{job.CellTimeout.Ticks}|{job.CancellationGrace.Ticks}|{job.ContinueOnError}|{job.Engine}|"
        + string.Join(";", job.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
