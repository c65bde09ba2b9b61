using System.Diagnostics;

#pragma warning disable CA1050 // The runtime looks the hook up by this exact name, outside any namespace.

/// <summary>Loaded into the CLI with DOTNET_STARTUP_HOOKS: prints the timestamp at which managed code starts (just before Main).</summary>
internal static class StartupHook
{
    /// <summary>The prefix of the line the hook writes to stderr.</summary>
    public const string Marker = "notebooks-bench-hook:";

    /// <summary>Called by the runtime before Main.</summary>
    public static void Initialize() =>
        Console.Error.WriteLine($"{Marker} {Stopwatch.GetTimestamp()}");
}
