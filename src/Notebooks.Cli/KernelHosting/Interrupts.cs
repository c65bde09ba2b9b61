namespace Notebooks.Cli.KernelHosting;

/// <summary>Who handles SIGINT instead of the default (cancel the command, a second one ends the process): the Jupyter kernel.</summary>
internal static class Interrupts
{
    /// <summary>When set, SIGINT calls this and never ends the process.</summary>
    public static Action? Handler { get; set; }
}
