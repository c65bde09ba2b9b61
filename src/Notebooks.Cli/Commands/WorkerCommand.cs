using System.CommandLine;
using System.Text;
using Notebooks.Cli.Workers;

namespace Notebooks.Cli.Commands;

/// <summary>The hidden <c>worker</c> command: the process <c>run</c> starts for each notebook.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var notebook = new Argument<string?>("NOTEBOOK") { Description = "The notebook to run", Arity = ArgumentArity.ZeroOrOne };
        var target = new Option<string>("--target") { Description = "Where to write the executed notebook" };
        var timeout = CommandOptions.CellTimeout("Per-cell timeout in seconds");
        var grace = CommandOptions.Seconds("--grace", "Seconds a cell past its timeout may take to stop", SupervisionTimings.Default.CancellationGrace.TotalSeconds);
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Run on after a failure" };
        var parameters = CommandOptions.Parameters("name=value for the parameters cell");
        var standby = new Option<bool>("--standby") { Description = "Read the job as one JSON line on stdin" };
        var engine = CommandOptions.Engine();
        var command = new Command("worker", "Runs one notebook for a supervising `run` (internal)") { notebook, target, timeout, grace, continueOnError, parameters, standby, engine };
        command.Hidden = true;
        command.Validators.Add(r =>
        {
            var given = r.GetValue(notebook) is not null && r.GetValue(target) is not null;
            if (r.GetValue(standby) == given)
            {
                r.AddError("a worker takes either NOTEBOOK and --target, or --standby");
            }
        });
        command.SetAction((result, _) =>
        {
            // Messages go to the real stdout, taken before the kernel routes Console.Out to cells.
            var channel = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            var errors = result.InvocationConfiguration.Error;
            if (result.GetValue(standby))
            {
                return RunThenExitAsync(NotebookWorker.StandbyAsync(result.GetValue(engine)!, channel, errors));
            }

            var job = new WorkerJob(
                result.GetValue(notebook)!,
                result.GetValue(target)!,
                TimeSpan.FromSeconds(result.GetValue(timeout)),
                result.GetValue(continueOnError),
                CommandOptions.ParametersOf(result.GetValue(parameters)))
            {
                Engine = result.GetValue(engine)!,
                CancellationGrace = TimeSpan.FromSeconds(result.GetValue(grace)),
            };
            return RunThenExitAsync(new NotebookWorker(job, channel, errors).RunAsync());
        });
        return command;
    }

    /// <summary>Waits for the worker, then ends the process: a thread a cell started (a foreground one, or an abandoned cell's) must not keep it alive.</summary>
    private static async Task<int> RunThenExitAsync(Task<int> worker)
    {
        var code = await worker.ConfigureAwait(false);
        await Console.Error.FlushAsync().ConfigureAwait(false);
        Environment.Exit(code);
        return code;
    }
}
