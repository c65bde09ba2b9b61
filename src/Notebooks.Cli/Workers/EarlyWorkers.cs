namespace Notebooks.Cli.Workers;

/// <summary>Decides, from the raw arguments, whether a command is a <c>run</c> that will need a worker, and for which engine.</summary>
internal static class EarlyWorkers
{
    /// <summary>A pool with a standby worker started for a <c>run</c>, else null.</summary>
    public static WorkerPool? For(string[] args) => Engine(args) is { } engine ? WorkerPool.StartEarly(engine) : null;

    /// <summary>The engine a <c>run</c> command names (ours by default); null for other commands, help, or an engine spelt other than <c>--engine NAME</c>.</summary>
    public static string? Engine(string[] args)
    {
        if (args is not ["run", ..] || args.Any(a => a is "--help" or "-h" or "-?" or "/?" or "/h"))
        {
            return null;
        }

        var engine = Running.Engines.Default.Name;
        for (var i = 1; i < args.Length && args[i] != "--"; i++)
        {
            if (args[i] == "--engine" && i + 1 < args.Length)
            {
                engine = args[++i];
            }
            else if (args[i].StartsWith("--engine", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return engine;
    }
}
