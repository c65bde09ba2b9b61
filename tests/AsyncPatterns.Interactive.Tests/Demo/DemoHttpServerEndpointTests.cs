using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AsyncPatterns.Interactive.Demo;

namespace AsyncPatterns.Interactive.Tests.Demo;

public sealed class DemoHttpServerEndpointTests
{
    [Fact]
    public async Task Items_Id_ReturnsJsonWithIdAndName()
    {
        await using var server = await DemoHttpServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync(new Uri("items/3", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, body.RootElement.GetProperty("id").GetInt32());
        Assert.Equal("item 3", body.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Json_Get_ReturnsAJsonObject()
    {
        await using var server = await DemoHttpServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("json", UriKind.Relative)));

        Assert.Equal(JsonValueKind.Object, body.RootElement.ValueKind);
        Assert.True(body.RootElement.TryGetProperty("message", out _));
    }

    [Fact]
    public async Task Items_WithLatency_TakesAtLeastTheLatency()
    {
        var latency = TimeSpan.FromMilliseconds(250);
        await using var server = await DemoHttpServer.StartAsync(new DemoServerOptions { Latency = latency });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var stopwatch = Stopwatch.StartNew();
        _ = await client.GetStringAsync(new Uri("items/1", UriKind.Relative));

        Assert.True(stopwatch.Elapsed >= latency * 0.8, $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task Delay_Ms_WaitsThenReturnsJson()
    {
        await using var server = await DemoHttpServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var stopwatch = Stopwatch.StartNew();
        using var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("delay/200", UriKind.Relative)));

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(160), $"took {stopwatch.Elapsed}");
        Assert.Equal(200, body.RootElement.GetProperty("delayMs").GetInt32());
    }

    [Fact]
    public async Task Get_FailEveryThree_FailsRequestsThreeSixAndNine()
    {
        await using var server = await DemoHttpServer.StartAsync(new DemoServerOptions { FailEvery = 3 });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var failed = new List<int>();
        for (var i = 1; i <= 9; i++)
        {
            using var response = await client.GetAsync(new Uri($"items/{i}", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.InternalServerError)
            {
                failed.Add(i);
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        Assert.Equal([3, 6, 9], failed);
        Assert.Equal(9, server.Requests);
    }

    [Fact]
    public async Task Get_FailureStatusCodeSet_UsesIt()
    {
        await using var server = await DemoHttpServer.StartAsync(new DemoServerOptions { FailEvery = 1, FailureStatusCode = 503 });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync(new Uri("json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Status_Code_ReturnsThatCode(int code)
    {
        await using var server = await DemoHttpServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync(new Uri($"status/{code}", UriKind.Relative));

        Assert.Equal(code, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("nowhere")]
    [InlineData("items/abc")]
    [InlineData("items/1/extra")]
    [InlineData("")]
    public async Task Get_UnknownPath_Returns404(string path)
    {
        await using var server = await DemoHttpServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task StartAsync_NegativeLatency_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => DemoHttpServer.StartAsync(new DemoServerOptions { Latency = TimeSpan.FromMilliseconds(-1) }));
    }
}
