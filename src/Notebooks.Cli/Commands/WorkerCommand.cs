using System.CommandLine;
using System.Text;
using Notebooks.Cli.Workers;

namespace Notebooks.Cli.Commands;

/// <summary>The hidden <c>worker</c> command: the process <c>run</c> starts for each notebook.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var notebook = new Argument<string>("NOTEBOOK") { Description = "The notebook to run" };
        var target = new Option<string>("--target") { Description = "Where to write the executed notebook", Required = true };
        var timeout = new Option<double>("--timeout") { Description = "Per-cell timeout in seconds", DefaultValueFactory = _ => 120 };
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Run on after a failure" };
        var parameters = new Option<string[]>("--parameter", "-p") { Description = "name=value for the parameters cell" };
        var engine = EngineOption.Create();
        var command = new Command("worker", "Runs one notebook for a supervising `run` (internal)") { notebook, target, timeout, continueOnError, parameters, engine };
        command.Hidden = true;
        command.SetAction((result, _) =>
        {
            var job = new WorkerJob(
                result.GetValue(notebook)!,
                result.GetValue(target)!,
                TimeSpan.FromSeconds(result.GetValue(timeout)),
                result.GetValue(continueOnError),
                ParameterValues.Parse(result.GetValue(parameters)))
            {
                Engine = result.GetValue(engine)!,
            };

            // Messages go to the real stdout, taken before the kernel routes Console.Out to cells.
            var channel = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            return RunThenExitAsync(new NotebookWorker(job, channel, result.InvocationConfiguration.Error));
        });
        return command;
    }

    /// <summary>Runs the worker, then ends the process: a thread a cell started (a foreground one, or an abandoned cell's) must not keep it alive.</summary>
    private static async Task<int> RunThenExitAsync(NotebookWorker worker)
    {
        var code = await worker.RunAsync().ConfigureAwait(false);
        await Console.Error.FlushAsync().ConfigureAwait(false);
        Environment.Exit(code);
        return code;
    }
}
