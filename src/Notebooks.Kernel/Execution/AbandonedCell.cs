using System.Diagnostics;

namespace Notebooks.Kernel.Execution;

/// <summary>A cell that did not stop when cancelled: the kernel goes on without it, and says what it left running.</summary>
internal static class AbandonedCell
{
    /// <summary>Abandons <paramref name="context"/>'s cell and describes what is still running; a note follows when it ends.</summary>
    /// <param name="context">The cell's context, which stops taking commits.</param>
    /// <param name="thread">The task of the cell's thread: complete once the code first waits at an await.</param>
    /// <param name="run">The cell's whole run.</param>
    public static string Abandon(CellContext context, Task thread, Task run)
    {
        context.Abandon();
        var started = Stopwatch.GetTimestamp();
        var cell = context.Name;
        _ = run.ContinueWith(
            _ => context.Kernel.EmitLate(new StreamEvent("stderr", $"{cell}, abandoned, ended {Stopwatch.GetElapsedTime(started).TotalSeconds:0.#} s later; the variables and references it added were not kept\n")),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        var running = thread.IsCompleted
            ? "it is still waiting at an await that does not observe the cell's token"
            : "its code is still running on its thread (a loop or a blocking call that does not observe the cell's token)";
        return $"{running}. The next cell goes on from the state of the last code that completed; what the abandoned cell still does to shared objects shows there";
    }
}
