using Notebooks.Cli.Reporting;
using Notebooks.Cli.Tests.Support;

namespace Notebooks.Cli.Tests.Reporting;

/// <summary>Which reporter a console gets; Spectre.Console also reads TERM and NO_COLOR from the process, which these tests set.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class ReporterFactoryTests
{
    [Fact]
    public void Create_TerminalOutsideCi_IsLive()
    {
        using var terminal = new StringWriter();

        var reporter = TestEnvironment.OnXterm(() => ReporterFactory.Create(terminal, TestEnvironment.With(terminal)));

        Assert.IsType<LiveReporter>(reporter);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("1")]
    public void Create_CiSet_IsPlain(string value)
    {
        using var terminal = new StringWriter();

        var reporter = TestEnvironment.OnXterm(() => ReporterFactory.Create(terminal, TestEnvironment.With(terminal, ("CI", value))));

        Assert.IsType<ConsoleReporter>(reporter);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("")]
    public void Create_CiNotTrue_IsLive(string value)
    {
        using var terminal = new StringWriter();

        var reporter = TestEnvironment.OnXterm(() => ReporterFactory.Create(terminal, TestEnvironment.With(terminal, ("CI", value))));

        Assert.IsType<LiveReporter>(reporter);
    }

    [Fact]
    public void Create_GitHubActions_IsPlainWithAnnotations()
    {
        using var terminal = new StringWriter();

        var reporter = TestEnvironment.OnXterm(() => ReporterFactory.Create(terminal, TestEnvironment.With(terminal, ("GITHUB_ACTIONS", "true"))));
        reporter.NotebookFinished(SampleResults.Failing(), "executed/failing.ipynb");

        Assert.IsType<ConsoleReporter>(reporter);
        Assert.Contains("::error file=failing.ipynb,title=cell 2 [throws] failed::", terminal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PlainOutsideGitHubActions_PrintsNoAnnotations()
    {
        using var output = new StringWriter();

        var reporter = ReporterFactory.Create(output, TestEnvironment.With(terminal: null));
        reporter.NotebookFinished(SampleResults.Failing(), "executed/failing.ipynb");

        Assert.DoesNotContain("::error", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OutputRedirected_IsPlain()
    {
        using var output = new StringWriter();

        var reporter = TestEnvironment.OnXterm(() => ReporterFactory.Create(output, TestEnvironment.With(terminal: null)));

        Assert.IsType<ConsoleReporter>(reporter);
    }

    [Fact]
    public void Create_WriterOtherThanTheTerminal_IsPlain()
    {
        using var terminal = new StringWriter();
        using var output = new StringWriter();

        var reporter = TestEnvironment.OnXterm(() => ReporterFactory.Create(output, TestEnvironment.With(terminal)));

        Assert.IsType<ConsoleReporter>(reporter);
    }

    [Fact]
    public void Create_DumbTerminal_IsPlain()
    {
        using var terminal = new StringWriter();

        var reporter = TestEnvironment.OnXterm(() => ReporterFactory.Create(terminal, TestEnvironment.With(terminal, ("TERM", "dumb"))));

        Assert.IsType<ConsoleReporter>(reporter);
    }

    [Fact]
    public void Create_NoColor_LiveOutputHasNoColour()
    {
        using var terminal = new StringWriter();

        var reporter = TestEnvironment.OnXterm(() => ReporterFactory.Create(terminal, TestEnvironment.With(terminal, ("NO_COLOR", "1"))));
        Report(reporter);

        Assert.IsType<LiveReporter>(reporter);
        Assert.Contains("\x1b[", terminal.ToString(), StringComparison.Ordinal);
        Assert.False(Ansi.HasColour(terminal.ToString()), terminal.ToString());
    }

    [Fact]
    public void Create_ColourAllowed_LiveOutputHasColour()
    {
        using var terminal = new StringWriter();

        var reporter = TestEnvironment.OnXterm(() => ReporterFactory.Create(terminal, TestEnvironment.With(terminal)));
        Report(reporter);

        Assert.True(Ansi.HasColour(terminal.ToString()), terminal.ToString());
    }

    [Fact]
    public void Current_ThisProcess_ReadsTheEnvironment()
    {
        using var output = new StringWriter();

        var environment = ConsoleEnvironment.Current;

        Assert.Equal(Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true", environment.IsGitHubActions);
        Assert.False(environment.IsTerminal(output));
    }

    private static void Report(IRunReporter reporter)
    {
        reporter.RunStarted(["passing.ipynb", "failing.ipynb"]);
        reporter.NotebookStarted("passing.ipynb", 2);
        reporter.NotebookFinished(SampleResults.Passing(), "executed/passing.ipynb");
        reporter.NotebookFinished(SampleResults.Failing(), "executed/failing.ipynb");
        reporter.RunFinished([SampleResults.Passing(), SampleResults.Failing()], 0);
    }
}
