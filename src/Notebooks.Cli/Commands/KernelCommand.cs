using System.CommandLine;
using Notebooks.Cli.KernelHosting;
using Notebooks.Jupyter;
using Notebooks.Jupyter.KernelSpecs;
using Notebooks.Jupyter.Protocol;
using Notebooks.Kernel.Execution;

namespace Notebooks.Cli.Commands;

/// <summary>The <c>kernel</c> command: install or remove the Jupyter kernelspec, and run the kernel Jupyter launches.</summary>
internal static class KernelCommand
{
    public static Command Create() => new("kernel", "The Jupyter kernel: install its kernelspec, remove it, or run it for a connection file")
    {
        SpecCommand("install", "Writes the kernelspec so Jupyter, JupyterLab and VS Code offer the .NET (C#) kernel"),
        SpecCommand("remove", "Removes the kernelspec that install wrote"),
        RunCommand(),
    };

    private static Command SpecCommand(string verb, string description)
    {
        var user = new Option<bool>("--user") { Description = "The user's Jupyter data folder ($JUPYTER_DATA_DIR, else ~/.local/share/jupyter); the default" };
        var prefix = new Option<string>("--prefix") { Description = "The Jupyter data folder of a prefix: PREFIX/share/jupyter" };
        var name = new Option<string>("--name") { Description = "The kernelspec's name", DefaultValueFactory = _ => KernelSpecStore.DefaultName };
        var force = new Option<bool>("--force") { Description = "Replace or remove a kernelspec this tool did not write" };
        var command = new Command(verb, description) { user, prefix, name, force };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            if (result.GetValue(user) && result.GetValue(prefix) is not null)
            {
                error.WriteLine("--user and --prefix cannot be used together");
                return ExitCodes.UsageOrInput;
            }

            var store = new KernelSpecStore(result.GetValue(prefix) is { } dir ? JupyterPaths.PrefixDataDirectory(dir) : JupyterPaths.UserDataDirectory());
            var outcome = verb == "install"
                ? store.Install(result.GetValue(name)!, KernelLauncher.Argv(), result.GetValue(force))
                : store.Remove(result.GetValue(name)!, result.GetValue(force));
            (outcome.Succeeded ? output : error).WriteLine(outcome.Message);
            return outcome.Succeeded ? ExitCodes.Success : ExitCodes.UsageOrInput;
        });
        return command;
    }

    private static Command RunCommand()
    {
        var file = new Argument<string>("CONNECTION_FILE") { Description = "The connection file Jupyter wrote" };
        var command = new Command("run", "Runs the kernel on a connection file's sockets (Jupyter starts this)") { file };
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"{path}: no such connection file");
                return ExitCodes.UsageOrInput;
            }

            var options = new KernelOptions { BaseDirectory = Environment.CurrentDirectory, DefaultTimeout = Timeout.InfiniteTimeSpan };
            var kernel = new JupyterKernel(ConnectionInfo.Read(path), options, line => error.WriteLine($"[kernel] {line}"));
            Interrupts.Handler = kernel.Interrupt;
            try
            {
                await kernel.RunAsync(cancellationToken);
                return ExitCodes.Success;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return ExitCodes.Interrupted;
            }
            finally
            {
                Interrupts.Handler = null;
            }
        });
        return command;
    }
}
