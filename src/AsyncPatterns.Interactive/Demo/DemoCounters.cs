namespace AsyncPatterns.Interactive.Demo;

/// <summary>Thread-safe request and connection counters of one server.</summary>
internal sealed class DemoCounters
{
    private int requests;
    private int connections;
    private int active;
    private int peak;

    /// <summary>Requests started since the last reset.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>TCP connections accepted since the last reset.</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Requests in flight now.</summary>
    public int Active => Volatile.Read(ref active);

    /// <summary>The most requests in flight at once since the last reset.</summary>
    public int Peak => Volatile.Read(ref peak);

    /// <summary>Counts an accepted connection.</summary>
    public void ConnectionAccepted() => Interlocked.Increment(ref connections);

    /// <summary>Counts a request that starts; returns its number (1-based since the last reset).</summary>
    public int RequestStarted()
    {
        var now = Interlocked.Increment(ref active);
        var seen = Volatile.Read(ref peak);
        while (now > seen)
        {
            var previous = Interlocked.CompareExchange(ref peak, now, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }

        return Interlocked.Increment(ref requests);
    }

    /// <summary>Counts a request that ended.</summary>
    public void RequestEnded() => Interlocked.Decrement(ref active);

    /// <summary>Zeroes the totals; the peak restarts from the requests in flight now.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref requests, 0);
        Interlocked.Exchange(ref connections, 0);
        Interlocked.Exchange(ref peak, Active);
    }
}
