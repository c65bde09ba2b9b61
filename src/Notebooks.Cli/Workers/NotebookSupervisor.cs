using System.Diagnostics;
using Notebooks.Cli.Reporting;
using Notebooks.Kernel.Hosting;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Workers;

/// <summary>The supervisor side of one notebook: starts its worker, follows its messages, and kills it when it hangs or the run stops.</summary>
/// <param name="reporter">Told as each notebook and cell starts and ends.</param>
/// <param name="notebookTimeout">How long one notebook may run, or null for no limit.</param>
/// <param name="workers">Where workers come from; without it each is started for its job.</param>
/// <param name="timings">The margins and clock of supervision; <see cref="SupervisionTimings.Default"/> when null.</param>
internal sealed class NotebookSupervisor(IRunReporter reporter, TimeSpan? notebookTimeout, WorkerPool? workers = null, SupervisionTimings? timings = null)
{
    private readonly SupervisionTimings timings = timings ?? SupervisionTimings.Default;

    private TimeProvider Clock => timings.Clock;

    /// <summary>Runs <paramref name="job"/>; <paramref name="prepared"/> is the notebook as the worker will run it.</summary>
    /// <remarks>The worker is taken (or started) before the returned task first waits.</remarks>
    public async Task<NotebookResult> RunAsync(WorkerJob job, Notebook prepared, CancellationToken cancellationToken)
    {
        var started = Clock.GetTimestamp();
        var progress = new WorkerProgress();
        Process process;
        try
        {
            process = workers?.Start(job) ?? WorkerLauncher.Start(job);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return UnfinishedRun.CouldNotStart(job, prepared, e.Message, Clock.GetElapsedTime(started));
        }

        using (process)
        {
            // Disposing a Process does not close redirected streams that were read: each is disposed here, or its pipe stays open.
            using var input = process.StandardInput;
            using var output = process.StandardOutput;
            using var stderr = process.StandardError;
            try
            {
                reporter.NotebookStarted(job.NotebookPath, prepared.Cells.Count(c => c.Kind == CellKind.Code));
                var errors = new StderrTail(stderr);
                var reading = ReadAsync(output, job, progress);
                var end = await WatchAsync(process, reading, progress, job, started, cancellationToken).ConfigureAwait(false);

                // On the kill path the reader may still be applying messages: the result is made once it has drained the pipe.
                var fault = await DrainedAsync(reading).ConfigureAwait(false);
                await DrainedAsync(errors.Completion).ConfigureAwait(false);
                var elapsed = Clock.GetElapsedTime(started);
                return fault is not null ? new UnfinishedRun(job, prepared, progress, errors.Lines, elapsed).Complete(WorkerEnd.SupervisorFailed, ExitCode(process), notebookTimeout, fault)
                    : end == WorkerEnd.Finished ? new NotebookResult(job.NotebookPath, progress.Results, progress.Finished!.Duration) { WriteProblem = progress.WriteProblem }
                    : new UnfinishedRun(job, prepared, progress, errors.Lines, elapsed).Complete(end, ExitCode(process), notebookTimeout);
            }
            finally
            {
                if (!process.HasExited)
                {
                    ProcessTree.Kill(process);
                }
            }
        }
    }

    /// <summary>Waits for a reading task to end, at most <see cref="SupervisionTimings.DrainTimeout"/>; returns its fault, or null.</summary>
    private async Task<Exception?> DrainedAsync(Task reading)
    {
        try
        {
            await reading.WaitAsync(timings.DrainTimeout, Clock).ConfigureAwait(false);
            return null;
        }
        catch (TimeoutException)
        {
            // Something outside the killed process tree holds the pipe open; what was read is what the result shows.
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>Waits until the worker's output ends or it must be stopped (then it is killed); returns how its run ended.</summary>
    private async Task<WorkerEnd> WatchAsync(Process process, Task reading, WorkerProgress progress, WorkerJob job, long started, CancellationToken cancellationToken)
    {
        var watch = new WorkerWatch(progress, notebookTimeout, job.CancellationGrace + timings.KillSlack, Clock);
        var stop = await watch.UntilStoppedAsync(reading, started, cancellationToken).ConfigureAwait(false);
        if (stop is null && !reading.IsFaulted)
        {
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            return progress.Finished is not null ? WorkerEnd.Finished : WorkerEnd.Crashed;
        }

        // A faulted reader no longer reads the messages: the worker would block on a full pipe, so it is stopped too.
        ProcessTree.Kill(process);
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        return stop ?? WorkerEnd.SupervisorFailed;
    }

    private async Task ReadAsync(StreamReader output, WorkerJob job, WorkerProgress progress)
    {
        while (await output.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (WorkerChannel.Parse(line) is not { } message)
            {
                continue;
            }

            progress.Apply(message, Clock.GetTimestamp());
            switch (message)
            {
                case CellStartingMessage starting:
                    reporter.CellStarted(job.NotebookPath, starting.Start.Number, starting.Start.Id);
                    break;
                case CellFinishedMessage finished:
                    reporter.CellFinished(job.NotebookPath, finished.Result);
                    break;
            }
        }
    }

    private static int? ExitCode(Process process) => process.HasExited ? process.ExitCode : null;
}
