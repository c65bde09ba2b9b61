using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace AsyncPatterns.Interactive.Tests.Rendering;

public sealed class ChromeTraceRendererTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task ToChromeTrace_FinishedSpans_AreCompleteEventsInMicroseconds()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        using var trace = JsonDocument.Parse(timeline.ToChromeTrace());

        Assert.Equal("ms", trace.RootElement.GetProperty("displayTimeUnit").GetString());
        var complete = Events(trace, "X").ToDictionary(e => e.GetProperty("name").GetString()!);
        Assert.Equal(["download <a&b>", "parse", "cancelled"], complete.Keys);
        Assert.Equal((2000.0, 8000.0), (complete["download <a&b>"].GetProperty("ts").GetDouble(), complete["download <a&b>"].GetProperty("dur").GetDouble()));
        Assert.Equal((5000.0, 9000.0), (complete["parse"].GetProperty("ts").GetDouble(), complete["parse"].GetProperty("dur").GetDouble()));
        Assert.Equal((10000.0, 2000.0), (complete["cancelled"].GetProperty("ts").GetDouble(), complete["cancelled"].GetProperty("dur").GetDouble()));
    }

    [Fact]
    public async Task ToChromeTrace_SpanArgs_CarryOutcomeThreadsParentAndException()
    {
        var thread = Environment.CurrentManagedThreadId;
        var timeline = await SampleTimelines.MixedAsync(clock);

        using var trace = JsonDocument.Parse(timeline.ToChromeTrace());

        var parse = Events(trace, "X").Single(e => e.GetProperty("name").GetString() == "parse").GetProperty("args");
        Assert.Equal("Faulted", parse.GetProperty("outcome").GetString());
        Assert.Equal("InvalidOperationException", parse.GetProperty("exception").GetString());
        Assert.Equal(thread, parse.GetProperty("startThread").GetInt32());
        Assert.Equal(JsonValueKind.Number, parse.GetProperty("endThread").ValueKind);
        Assert.Equal(JsonValueKind.Null, parse.GetProperty("parent").ValueKind);
    }

    [Fact]
    public async Task ToChromeTrace_Lanes_AreNamedThreads()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        using var trace = JsonDocument.Parse(timeline.ToChromeTrace());

        var names = Events(trace, "M").Where(e => e.GetProperty("name").GetString() == "thread_name")
            .ToDictionary(e => e.GetProperty("tid").GetInt32(), e => e.GetProperty("args").GetProperty("name").GetString());
        Assert.Equal("io", names[1]);
        Assert.Equal("cpu", names[2]);
        var parseThread = Events(trace, "X").Single(e => e.GetProperty("name").GetString() == "parse").GetProperty("tid").GetInt32();
        Assert.Equal(2, parseThread);
    }

    [Fact]
    public async Task ToChromeTrace_RunningSpan_IsABeginEventOnly()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        using var trace = JsonDocument.Parse(timeline.ToChromeTrace());

        var running = Assert.Single(Events(trace, "B"));
        Assert.Equal(("stuck", 12000.0), (running.GetProperty("name").GetString(), running.GetProperty("ts").GetDouble()));
    }

    [Fact]
    public async Task ToChromeTrace_Marks_AreInstantEvents()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        using var trace = JsonDocument.Parse(timeline.ToChromeTrace());

        var marks = Events(trace, "i").Select(e => (e.GetProperty("name").GetString(), e.GetProperty("ts").GetDouble()));
        Assert.Equal([("halfway", 5000.0), ("done", 14000.0)], marks);
    }

    [Fact]
    public async Task ToChromeTrace_Samples_AreThreeCounterSeriesEach()
    {
        var timeline = await SampleTimelines.MixedAsync(clock);

        using var trace = JsonDocument.Parse(timeline.ToChromeTrace());

        var counters = Events(trace, "C").ToList();
        Assert.Equal(3 * timeline.Samples.Count, counters.Count);
        var inFlight = counters.Where(e => e.GetProperty("name").GetString() == "In flight")
            .Select(e => (e.GetProperty("ts").GetDouble(), e.GetProperty("args").GetProperty("spans").GetInt32()));
        Assert.Equal([(0.0, 0), (5000.0, 1), (10000.0, 2), (15000.0, 1), (20000.0, 1)], inFlight);
    }

    private static IEnumerable<JsonElement> Events(JsonDocument trace, string phase) =>
        trace.RootElement.GetProperty("traceEvents").EnumerateArray().Where(e => e.GetProperty("ph").GetString() == phase);
}
