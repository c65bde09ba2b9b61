using System.Runtime.InteropServices;
using Notebooks.Cli;

// Ctrl-C and SIGTERM cancel the command's token: `run` stops its workers, writes what it has and exits 130.
// A second signal ends the process at once.
using var interrupted = new CancellationTokenSource();
void Interrupt(PosixSignalContext context)
{
    context.Cancel = !interrupted.IsCancellationRequested;
    interrupted.Cancel();
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
return await CliApp.InvokeAsync(args, Console.Out, Console.Error, interrupted.Token);
