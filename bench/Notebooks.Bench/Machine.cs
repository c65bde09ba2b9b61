using System.Runtime.InteropServices;

namespace Notebooks.Bench;

/// <summary>The machine's size and load, printed with the figures.</summary>
internal static partial class Machine
{
    /// <summary>User plus system CPU time of this process's waited-for children and their descendants so far, in milliseconds (Linux; NaN elsewhere).</summary>
    public static double ChildrenCpuMs()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(-1, out var usage) != 0)
        {
            return double.NaN;
        }

        return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
    }

    /// <summary>Cores, memory, OS and runtime on one line.</summary>
    public static string Describe()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{Environment.ProcessorCount} cores, {memory:0.#} GiB, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.RuntimeIdentifier}, .NET {Environment.Version}";
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), else "unknown".</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Rusage usage);

    /// <summary>The head of Linux's <c>struct rusage</c> (two <c>timeval</c>s) and the fourteen longs after it.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public Fourteen Rest;
    }

    [System.Runtime.CompilerServices.InlineArray(14)]
    private struct Fourteen
    {
        private long element;
    }
}
