using System.Diagnostics;
using AsyncPatterns.Interactive.Demo;

namespace AsyncPatterns.Interactive.Tests.Demo;

public sealed class DemoHttpServerCounterTests
{
    [Fact]
    public async Task ConnectionsAccepted_SharedClientSequentialRequests_IsOne()
    {
        await using var server = await DemoHttpServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        for (var i = 0; i < 5; i++)
        {
            _ = await client.GetStringAsync(new Uri($"items/{i}", UriKind.Relative));
        }

        Assert.Equal((5, 1), (server.Requests, server.ConnectionsAccepted));
    }

    [Fact]
    public async Task ConnectionsAccepted_NewClientPerRequest_IsOnePerRequest()
    {
        await using var server = await DemoHttpServer.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            using var client = new HttpClient(new SocketsHttpHandler()) { BaseAddress = server.BaseAddress };
            _ = await client.GetStringAsync(new Uri($"items/{i}", UriKind.Relative));
        }

        Assert.Equal((5, 5), (server.Requests, server.ConnectionsAccepted));
    }

    [Fact]
    public async Task MaxConcurrentRequests_ConcurrentRequests_CountsThemAllInFlight()
    {
        await using var server = await DemoHttpServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var cancellation = new CancellationTokenSource();

        var requests = Enumerable.Range(0, 4).Select(_ => client.GetAsync(new Uri("delay/60000", UriKind.Relative), cancellation.Token)).ToArray();
        await WaitUntilAsync(() => server.ActiveRequests == 4);
        var peak = server.MaxConcurrentRequests;
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.WhenAll(requests));
        await WaitUntilAsync(() => server.ActiveRequests == 0);

        Assert.Equal((4, 4), (peak, server.MaxConcurrentRequests));
    }

    [Fact]
    public async Task ResetCounters_AfterRequests_ZeroesTheTotals()
    {
        await using var server = await DemoHttpServer.StartAsync(new DemoServerOptions { FailEvery = 2 });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        _ = await client.GetStringAsync(new Uri("json", UriKind.Relative));

        server.ResetCounters();
        using var afterReset = await client.GetAsync(new Uri("json", UriKind.Relative));

        Assert.True(afterReset.IsSuccessStatusCode);
        Assert.Equal((1, 0, 1, 0), (server.Requests, server.ConnectionsAccepted, server.MaxConcurrentRequests, server.ActiveRequests));
    }

    [Fact]
    public async Task DisposeAsync_ThenRequest_Fails()
    {
        var server = await DemoHttpServer.StartAsync();
        using (var client = new HttpClient { BaseAddress = server.BaseAddress })
        {
            _ = await client.GetStringAsync(new Uri("json", UriKind.Relative));
        }

        await server.DisposeAsync();

        using var after = new HttpClient { BaseAddress = server.BaseAddress };
        await Assert.ThrowsAsync<HttpRequestException>(() => after.GetStringAsync(new Uri("json", UriKind.Relative)));
    }

    [Fact]
    public async Task DisposeAsync_RequestInFlight_StopsPromptly()
    {
        var server = await DemoHttpServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var request = client.GetAsync(new Uri("delay/60000", UriKind.Relative));
        await WaitUntilAsync(() => server.ActiveRequests == 1);

        var stopwatch = Stopwatch.StartNew();
        await server.DisposeAsync();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
        await Assert.ThrowsAnyAsync<Exception>(() => request);
    }

    [Fact]
    public async Task StartAsync_TwoServers_ListenOnDifferentPorts()
    {
        await using var first = await DemoHttpServer.StartAsync();
        await using var second = await DemoHttpServer.StartAsync();
        using var client = new HttpClient();

        _ = await client.GetStringAsync(new Uri(first.BaseAddress, "json"));
        _ = await client.GetStringAsync(new Uri(second.BaseAddress, "json"));

        Assert.Equal(("127.0.0.1", "127.0.0.1"), (first.BaseAddress.Host, second.BaseAddress.Host));
        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
        Assert.Equal((1, 1), (first.Requests, second.Requests));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
