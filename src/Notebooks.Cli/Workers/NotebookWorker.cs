using System.Runtime.InteropServices;
using Notebooks.Cli.Running;
using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Workers;

/// <summary>The worker side: runs one notebook, writes the executed copy after every cell and reports each step to the supervisor.</summary>
internal sealed class NotebookWorker(WorkerJob job, TextWriter channel, TextWriter errors) : INotebookObserver
{
    private readonly Lock gate = new();
    private bool writeFailed;

    /// <summary>A standby worker: runs the job the supervisor writes as the first line of stdin for <paramref name="engine"/>; nothing runs before it.</summary>
    public static async Task<int> StandbyAsync(string engine, TextWriter channel, TextWriter errors)
    {
        using var interrupts = IgnoreInterrupts();
        var assigned = WatchSupervisor(readsJob: true);
        if (WorkerLauncher.ParseJob(await assigned) is not { } job || job.Engine != engine)
        {
            await errors.WriteLineAsync("error: the standby worker was not given a job it can run");
            return ExitCodes.UsageOrInput;
        }

        return await new NotebookWorker(job, channel, errors).RunAsync(watching: true);
    }

    /// <summary>Runs the job; returns 0 when the notebook ran (pass or fail), 1 when it could not be read or prepared.</summary>
    public async Task<int> RunAsync() => await RunAsync(watching: false);

    private async Task<int> RunAsync(bool watching)
    {
        using var interrupts = watching ? null : IgnoreInterrupts();
        var options = new RunOptions
        {
            CellTimeout = job.CellTimeout,
            ContinueOnError = job.ContinueOnError,
            CancellationGrace = job.CancellationGrace,
            Engine = Engines.Find(job.Engine),
        };
        var runner = new NotebookRunner(options);
        AppDomain.CurrentDomain.UnhandledException += (_, e) => Send(Crash((Exception)e.ExceptionObject, runner));
        if (!watching)
        {
            _ = WatchSupervisor(readsJob: false);
        }

        Notebook notebook;
        try
        {
            notebook = PreparedNotebook.Read(job.NotebookPath, job.Parameters);
        }
        catch (NotebookFormatException e)
        {
            await errors.WriteLineAsync(e.Message);
            return 1;
        }

        var path = Path.GetFullPath(job.NotebookPath);
        Environment.CurrentDirectory = Path.GetDirectoryName(path)!; // this process runs one notebook, in its folder, as Jupyter starts a kernel
        var result = await runner.RunAsync(notebook, path, this, CancellationToken.None);
        Send(new NotebookFinishedMessage(result.Duration));
        return 0;
    }

    /// <summary>The crash report for an exception nothing caught, blamed on the cell whose code threw it when the engine knows it.</summary>
    private static CrashMessage Crash(Exception exception, NotebookRunner runner) => new(CellError.FromException(exception), runner.CellOf(exception));

    public Task CellStartingAsync(CellStart start)
    {
        Send(new CellStartingMessage(start));
        return Task.CompletedTask;
    }

    public Task CellFinishedAsync(Notebook notebook, CellResult result)
    {
        Write(notebook);
        Send(new CellFinishedMessage(result));
        return Task.CompletedTask;
    }

    public Task CellFailedLateAsync(Notebook notebook, CellResult result)
    {
        Write(notebook);
        Send(new CellFailedLateMessage(result));
        return Task.CompletedTask;
    }

    /// <summary>Writes the executed notebook; the first failure is reported, and the cells run on without further writes.</summary>
    private void Write(Notebook notebook)
    {
        if (writeFailed)
        {
            return;
        }

        try
        {
            NotebookFile.WriteAtomically(notebook, job.TargetPath);
        }
        catch (Exception e) when (WriteFailure.Is(e))
        {
            writeFailed = true;
            Send(new WriteFailedMessage(WriteFailure.Describe("the executed notebook", job.TargetPath, e)));
        }
    }

    private void Send(WorkerMessage message)
    {
        lock (gate)
        {
            channel.WriteLine(WorkerChannel.Format(message));
            channel.Flush();
        }
    }

    /// <summary>Ctrl-C reaches the whole process group; the supervisor decides, and stops the worker itself.</summary>
    private static IDisposable? IgnoreInterrupts() =>
        OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);

    /// <summary>
    /// The supervisor holds the worker's stdin open; when it closes, the supervisor is gone and the worker ends too.
    /// With <paramref name="readsJob"/>, the first line read is the job, returned; stdin closing before it also ends the worker.
    /// </summary>
    private static Task<string> WatchSupervisor(bool readsJob)
    {
        var job = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = new Thread(() =>
        {
            using var input = Console.OpenStandardInput();
            if (readsJob)
            {
                var line = new MemoryStream();
                int next;
                while ((next = input.ReadByte()) is not (-1 or '\n'))
                {
                    line.WriteByte((byte)next);
                }

                if (next == -1)
                {
                    Environment.Exit(ExitCodes.Interrupted);
                }

                job.SetResult(System.Text.Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length));
            }

            var buffer = new byte[256];
            while (input.Read(buffer) > 0)
            {
            }

            Environment.Exit(ExitCodes.Interrupted);
        })
        { IsBackground = true, Name = "supervisor watch" };
        watcher.Start();
        return job.Task;
    }
}
