namespace AsyncPatterns.Interactive.Demo;

/// <summary>How a <see cref="DemoHttpServer"/> behaves: added latency and injected failures.</summary>
public sealed record DemoServerOptions
{
    /// <summary>Delay added before every response (zero by default); a request that is aborted stops waiting.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>When set to N, every Nth request (N, 2N, ...) is answered with <see cref="FailureStatusCode"/>.</summary>
    public int? FailEvery { get; init; }

    /// <summary>The status code of injected failures (500 by default).</summary>
    public int FailureStatusCode { get; init; } = 500;

    /// <summary>The clock behind <see cref="Latency"/> and <c>/delay/{ms}</c> (the system clock by default).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
