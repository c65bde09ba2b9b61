using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AsyncPatterns.Interactive.Demo;

/// <summary>A small real HTTP server on 127.0.0.1 for notebooks: latency, injected failures, and counters for requests, connections and concurrency.</summary>
/// <remarks>Endpoints: <c>GET /items/{id}</c>, <c>GET /status/{code}</c>, <c>GET /delay/{ms}</c>, <c>GET /json</c>; anything else is 404.</remarks>
public sealed class DemoHttpServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(2);
    private readonly WebApplication app;
    private readonly DemoCounters counters;
    private int disposed;

    private DemoHttpServer(WebApplication app, DemoCounters counters, DemoServerOptions options, Uri baseAddress)
    {
        this.app = app;
        this.counters = counters;
        Options = options;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the server listens, such as <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The options it was started with.</summary>
    public DemoServerOptions Options { get; }

    /// <summary>Requests handled (started) since start or the last <see cref="ResetCounters"/>.</summary>
    public int Requests => counters.Requests;

    /// <summary>TCP connections accepted since start or the last <see cref="ResetCounters"/>.</summary>
    public int ConnectionsAccepted => counters.Connections;

    /// <summary>Requests in flight now.</summary>
    public int ActiveRequests => counters.Active;

    /// <summary>The most requests in flight at once since start or the last <see cref="ResetCounters"/>.</summary>
    public int MaxConcurrentRequests => counters.Peak;

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<DemoHttpServer> StartAsync(DemoServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DemoServerOptions();
        Validate(options);
        var counters = new DemoCounters();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listen.Use(next => connection =>
                {
                    counters.ConnectionAccepted();
                    return next(connection);
                });
            });
        });

        var app = builder.Build();
        app.Run(new DemoEndpoints(options, counters, app.Lifetime.ApplicationStopping).HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new DemoHttpServer(app, counters, options, new Uri(address.TrimEnd('/') + "/"));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Zeroes the request and connection counts (and so restarts the <see cref="DemoServerOptions.FailEvery"/> sequence); the peak restarts from the requests in flight.</summary>
    public void ResetCounters() => counters.Reset();

    /// <summary>Stops listening and aborts requests still waiting; <c>await using</c> calls it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The address and the counters on one line.</summary>
    public override string ToString() =>
        $"demo server {BaseAddress}: {Requests} requests over {ConnectionsAccepted} connections, peak {MaxConcurrentRequests} concurrent, {ActiveRequests} active";

    private static void Validate(DemoServerOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Latency, TimeSpan.Zero, nameof(options));
        if (options.FailEvery is int every)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(every, 1, nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.FailureStatusCode, 100, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.FailureStatusCode, 599, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
    }
}
