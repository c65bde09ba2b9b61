using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Notebooks.Cli.Reporting;

/// <summary>Terminal report: a live view of the running notebooks, each finished notebook's lines above it, and a summary table.</summary>
/// <remarks>Every write to the console happens under one lock; the view is redrawn at most every <see cref="RefreshInterval"/>.</remarks>
internal sealed class LiveReporter(IAnsiConsole console, TimeProvider time) : IRunReporter
{
    /// <summary>How often the live view is redrawn.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(200);

    private readonly Lock gate = new();
    private readonly List<RunningNotebook> running = [];
    private readonly List<NotebookFormatException> unreadable = [];
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? display;
    private LiveDisplayContext? context;
    private int total;
    private int finished;
    private int failed;

    public void RunStarted(IReadOnlyList<string> notebooks)
    {
        lock (gate)
        {
            total = notebooks.Count;
            Start();
        }
    }

    public void NotebookStarted(string path, int codeCells)
    {
        lock (gate)
        {
            Track(path).Total = codeCells;
            Start();
        }
    }

    public void CellStarted(string path, int number, string? id)
    {
        lock (gate)
        {
            Track(path).Cell = CellLabel.Of(number, id);
            Start();
        }
    }

    public void CellFinished(string path, CellResult cell)
    {
        lock (gate)
        {
            var notebook = Track(path);
            notebook.Done++;
            notebook.Failed += cell.Kind is CellResultKind.Failed or CellResultKind.TimedOut ? 1 : 0;
        }
    }

    public void NotebookFinished(NotebookResult result, string writtenTo)
    {
        lock (gate)
        {
            running.RemoveAll(n => n.Path == result.Path);
            finished++;
            failed += result.Passed ? 0 : 1;
            context?.UpdateTarget(View());
            console.Write(LiveView.Notebook(result, writtenTo));
        }
    }

    public void Unreadable(NotebookFormatException error)
    {
        lock (gate)
        {
            unreadable.Add(error);
            finished++;
            failed++;
            context?.UpdateTarget(View());
            console.Write(LiveView.Unreadable(error));
        }
    }

    public void RunFinished(IReadOnlyList<NotebookResult> results, int unreadable)
    {
        Task? shown;
        lock (gate)
        {
            shown = display;
            stopped.TrySetResult();
        }

        shown?.GetAwaiter().GetResult();
        lock (gate)
        {
            var rows = SummaryRow.Of(results, this.unreadable);
            console.WriteLine();
            if (rows.Count > 0)
            {
                console.Write(LiveView.Summary(rows));
            }

            // Written past Spectre.Console, whose hard line breaks would split the line that scripts look for.
            console.Profile.Out.Writer.WriteLine(NotebookLines.Totals(results, unreadable));
        }
    }

    private RunningNotebook Track(string path)
    {
        var notebook = running.Find(n => n.Path == path);
        if (notebook is null)
        {
            notebook = new RunningNotebook(path, time.GetTimestamp());
            running.Add(notebook);
        }

        return notebook;
    }

    /// <summary>Starts the live view on the first event that has something to show, unless the run already ended.</summary>
    private void Start()
    {
        if (display is null && !stopped.Task.IsCompleted)
        {
            display = Task.Run(() => console.Live(new Text("")).AutoClear(true).StartAsync(Refresh));
        }
    }

    private async Task Refresh(LiveDisplayContext shown)
    {
        while (true)
        {
            lock (gate)
            {
                if (stopped.Task.IsCompleted)
                {
                    context = null;
                    return;
                }

                context = shown;
                shown.UpdateTarget(View());
            }

            await Task.WhenAny(stopped.Task, Task.Delay(RefreshInterval, time));
        }
    }

    private IRenderable View() => LiveView.Progress(running, finished, Math.Max(total, finished + running.Count), failed, time);
}
