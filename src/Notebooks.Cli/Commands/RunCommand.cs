using System.CommandLine;
using Notebooks.Cli.Running;
using Notebooks.Cli.Workers;

namespace Notebooks.Cli.Commands;

/// <summary>The <c>run</c> command: its arguments and options, handed to <see cref="RunSession"/>.</summary>
internal static class RunCommand
{
    /// <summary>The command; <paramref name="earlyWorkers"/> are standby workers started before parsing, handed to the session.</summary>
    /// <param name="earlyWorkers">Standby workers started before parsing, handed to the session.</param>
    /// <param name="supervision">The supervision timings of every run (the defaults when null); no option sets them.</param>
    public static Command Create(WorkerPool? earlyWorkers = null, SupervisionTimings? supervision = null)
    {
        var paths = CommandOptions.Paths();
        var output = new Option<string>("--output")
        {
            Description = "Folder for executed notebooks, written as DIR/<file name>.ipynb",
            DefaultValueFactory = _ => Path.Combine("artifacts", "executed"),
        };
        var inPlace = new Option<bool>("--in-place") { Description = "Write each executed notebook over its source (atomically)" };
        var timeout = CommandOptions.CellTimeout("Per-cell timeout in seconds; notebook metadata execution.timeout and cell metadata timeout override it");
        timeout.Validators.Add(r => Positive(r, "--timeout"));
        var notebookTimeout = CommandOptions.OptionalSeconds("--notebook-timeout", "Per-notebook timeout in seconds; a notebook past it is stopped and fails");
        notebookTimeout.Validators.Add(r => Positive(r, "--notebook-timeout"));
        var parallel = new Option<int>("--parallel", "-j")
        {
            Description = "Notebooks to run at once, each in its own worker process (default: the processor count)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        parallel.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n < 1)
            {
                r.AddError("--parallel must be at least 1");
            }
        });
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Run the remaining cells after a failure (the notebook still fails)" };
        var junit = new Option<string?>("--junit") { Description = "Write a JUnit XML report to FILE: a test case per code cell" };
        var html = new Option<string?>("--html") { Description = "Write a static HTML site of the executed notebooks to DIR", HelpName = "DIR" };
        var parameters = CommandOptions.Parameters("name=value: override a variable of the cell tagged 'parameters' (papermill's convention)");
        var engine = CommandOptions.Engine();
        var command = new Command("run", "Run notebooks and write the executed copies") { paths, output, inPlace, timeout, notebookTimeout, parallel, continueOnError, junit, html, parameters, engine };
        command.SetAction((result, cancellationToken) => new RunSession(result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, earlyWorkers: earlyWorkers).RunAsync(
            new RunSettings(
                CommandOptions.PathsOf(result, paths),
                result.GetValue(output)!,
                result.GetValue(inPlace),
                TimeSpan.FromSeconds(result.GetValue(timeout)),
                result.GetValue(continueOnError))
            {
                JUnitPath = result.GetValue(junit),
                Parallel = result.GetValue(parallel),
                NotebookTimeout = result.GetValue(notebookTimeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                HtmlDirectory = result.GetValue(html),
                Parameters = CommandOptions.ParametersOf(result.GetValue(parameters)),
                Engine = Engines.Find(result.GetValue(engine)!),
                Supervision = supervision ?? SupervisionTimings.Default,
            },
            cancellationToken));
        return command;
    }

    private static void Positive(System.CommandLine.Parsing.OptionResult option, string name)
    {
        if (option.Tokens.Count == 1 && double.TryParse(option.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds <= 0)
        {
            option.AddError($"{name} must be a positive number of seconds");
        }
    }
}
