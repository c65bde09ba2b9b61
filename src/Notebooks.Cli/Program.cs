using System.Runtime.InteropServices;
using Notebooks.Cli;
using Notebooks.Cli.KernelHosting;
using Notebooks.Cli.Workers;

// `run` starts its first worker now, before the command line is even parsed: its start-up overlaps the supervisor's.
using var earlyWorkers = EarlyWorkers.For(args);

// Ctrl-C and SIGTERM cancel the command's token: `run` stops its workers, writes what it has and exits 130.
// A second signal ends the process at once. The Jupyter kernel takes SIGINT over: it interrupts the running cell, never the kernel.
using var interrupted = new CancellationTokenSource();
void Interrupt(PosixSignalContext context)
{
    if (context.Signal == PosixSignal.SIGINT && Interrupts.Handler is { } handler)
    {
        context.Cancel = true;
        handler();
        return;
    }

    context.Cancel = !interrupted.IsCancellationRequested;
    interrupted.Cancel();
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
return await CliApp.InvokeAsync(args, Console.Out, Console.Error, interrupted.Token, earlyWorkers);
