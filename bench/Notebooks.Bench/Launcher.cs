using System.Diagnostics;
using System.Text;

namespace Notebooks.Bench;

/// <summary>Launches a command, timestamps its first <c>PASS</c> line and its exit, and fails when it exits with an error.</summary>
internal static class Launcher
{
    /// <summary>Runs <paramref name="file"/> in <paramref name="directory"/> to its exit; unless <paramref name="anyExitCode"/>, a non-zero exit throws.</summary>
    public static async Task<Launched> LaunchAsync(string file, string[] arguments, string directory, bool anyExitCode = false)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        long? resultAt = null;
        var text = new StringBuilder();
        var cpuBefore = Machine.ChildrenCpuMs();
        var launched = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var readOut = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                resultAt ??= line.StartsWith("PASS", StringComparison.Ordinal) ? Stopwatch.GetTimestamp() : null;
                lock (text)
                {
                    text.AppendLine(line);
                }
            }
        });
        var readErr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (text)
                {
                    text.AppendLine(line);
                }
            }
        });
        await process.WaitForExitAsync();
        var exited = Stopwatch.GetTimestamp();
        await Task.WhenAll(readOut, readErr);
        if (process.ExitCode != 0 && !anyExitCode)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{text}");
        }

        return new Launched(Clock.Ms(launched, exited), resultAt is { } r ? Clock.Ms(launched, r) : double.NaN, process.ExitCode, Machine.ChildrenCpuMs() - cpuBefore);
    }

    /// <summary>The <c>dotnet</c> host: the SDK's, the one running the bench, else the one on PATH.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";

    /// <summary>Milliseconds from launch to exit and to the first line that starts with <c>PASS</c> (NaN without one); the exit code; the CPU time of the process tree.</summary>
    internal sealed record Launched(double ToExit, double ToResult, int ExitCode, double CpuMs);
}
