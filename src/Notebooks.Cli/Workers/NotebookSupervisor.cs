using System.Diagnostics;
using Notebooks.Cli.Reporting;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Workers;

/// <summary>The supervisor side of one notebook: starts its worker, follows its messages, and kills it when it hangs or the run stops.</summary>
internal sealed class NotebookSupervisor(IRunReporter reporter, TimeSpan? notebookTimeout, WorkerPool? workers = null)
{
    /// <summary>How long past a cell's timeout and grace the supervisor waits before it kills the worker.</summary>
    public static readonly TimeSpan KillSlack = TimeSpan.FromSeconds(10);

    /// <summary>How long the supervisor waits for a worker's pipes to close once the worker has exited.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="job"/>; <paramref name="prepared"/> is the notebook as the worker will run it.</summary>
    /// <remarks>The worker is taken (or started) before the returned task first waits.</remarks>
    public async Task<NotebookResult> RunAsync(WorkerJob job, Notebook prepared, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var progress = new WorkerProgress();
        Process process;
        try
        {
            process = workers?.Start(job) ?? WorkerLauncher.Start(job);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return UnfinishedRun.CouldNotStart(job, prepared, e.Message, Stopwatch.GetElapsedTime(started));
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
                var end = await WatchAsync(process, reading, progress, started, cancellationToken).ConfigureAwait(false);

                // On the kill path the reader may still be applying messages: the result is made once it has drained the pipe.
                var fault = await DrainedAsync(reading).ConfigureAwait(false);
                await DrainedAsync(errors.Completion).ConfigureAwait(false);
                var elapsed = Stopwatch.GetElapsedTime(started);
                return fault is not null ? new UnfinishedRun(job, prepared, progress, errors.Lines, elapsed).Complete(WorkerEnd.SupervisorFailed, ExitCode(process), notebookTimeout, fault)
                    : end == WorkerEnd.Finished ? new NotebookResult(job.NotebookPath, progress.Results, progress.Finished!.Duration) { WriteProblem = progress.WriteProblem }
                    : new UnfinishedRun(job, prepared, progress, errors.Lines, elapsed).Complete(end, ExitCode(process), notebookTimeout);
            }
            finally
            {
                if (!process.HasExited)
                {
                    Kill(process);
                }
            }
        }
    }

    /// <summary>Waits for a reading task to end, at most <see cref="DrainTimeout"/>; returns its fault, or null.</summary>
    private static async Task<Exception?> DrainedAsync(Task reading)
    {
        try
        {
            await reading.WaitAsync(DrainTimeout).ConfigureAwait(false);
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

    private async Task<WorkerEnd> WatchAsync(Process process, Task reading, WorkerProgress progress, long started, CancellationToken cancellationToken)
    {
        // One task for the run's cancellation, not one per wake-up: each would stay registered on the token until the run ends.
        var interrupted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() => interrupted.TrySetResult());
        while (true)
        {
            var wake = Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
            await Task.WhenAny(reading, wake, interrupted.Task).ConfigureAwait(false);
            if (reading.IsFaulted)
            {
                // The messages are no longer read: the worker would block on a full pipe, so it is stopped.
                Kill(process);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                return WorkerEnd.SupervisorFailed;
            }

            if (reading.IsCompleted)
            {
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                return progress.Finished is not null ? WorkerEnd.Finished : WorkerEnd.Crashed;
            }

            var end = cancellationToken.IsCancellationRequested ? WorkerEnd.Interrupted
                : notebookTimeout is { } limit && Stopwatch.GetElapsedTime(started) > limit ? WorkerEnd.NotebookTimedOut
                : progress.Running is { } running && Stopwatch.GetElapsedTime(running.StartedAt) > running.Cell.Timeout + WorkerJob.CancellationGrace + KillSlack ? WorkerEnd.CellHung
                : (WorkerEnd?)null;
            if (end is { } stopped)
            {
                Kill(process);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                return stopped;
            }
        }
    }

    private async Task ReadAsync(StreamReader output, WorkerJob job, WorkerProgress progress)
    {
        while (await output.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (WorkerChannel.Parse(line) is not { } message)
            {
                continue;
            }

            progress.Apply(message, Stopwatch.GetTimestamp());
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

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
    }

    private static int? ExitCode(Process process) => process.HasExited ? process.ExitCode : null;
}
