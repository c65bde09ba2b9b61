namespace Notebooks.Testing;

/// <summary>One run of a collection notebook at a time on this machine, across test processes: the notebooks' timing checks need the CPU a second run would take.</summary>
/// <remarks>
/// Test projects can run side by side (plain <c>dotnet test</c>, IDE test runners), and two of them run the whole collection. The lock is the OS's
/// (an exclusive open, which .NET takes with <c>flock</c> on Unix), so a test process that dies releases it.
/// </remarks>
internal static class CollectionLock
{
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "async-patterns-notebooks.collection.lock");
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(45);

    /// <summary>Waits until no other process runs a collection notebook, then holds the lock until the result is disposed.</summary>
    public static IDisposable Acquire()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < Patience)
            {
                Thread.Sleep(100);
            }
            catch (IOException e)
            {
                throw new TimeoutException($"{LockPath} was held by another test process for {Patience.TotalMinutes:0} minutes", e);
            }
        }
    }
}
