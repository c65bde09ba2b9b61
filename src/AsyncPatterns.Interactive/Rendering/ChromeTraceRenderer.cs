using System.Text;
using System.Text.Json;
using AsyncPatterns.Interactive.Timelines;

namespace AsyncPatterns.Interactive.Rendering;

/// <summary>Writes a timeline in the Chrome trace-event format (Perfetto, speedscope, chrome://tracing): one thread per lane, times in microseconds.</summary>
internal static class ChromeTraceRenderer
{
    private const int ProcessId = 1;

    /// <summary>Trace thread 0 carries the marks; lane N is thread N + 1.</summary>
    private const int MarksThread = 0;

    public static string Render(TimelineSnapshot snapshot)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("traceEvents");
            WriteMetadata(json, snapshot);
            foreach (var span in snapshot.Spans)
            {
                WriteSpan(json, snapshot, span);
            }

            foreach (var mark in snapshot.Marks)
            {
                WriteMark(json, mark);
            }

            foreach (var sample in snapshot.Samples)
            {
                WriteCounter(json, "ThreadPool.ThreadCount", "threads", sample.At, sample.ThreadCount);
                WriteCounter(json, "ThreadPool.PendingWorkItemCount", "queue", sample.At, sample.PendingWorkItems);
                WriteCounter(json, "In flight", "spans", sample.At, sample.InFlight);
            }

            json.WriteEndArray();
            json.WriteString("displayTimeUnit", "ms");
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Lane <paramref name="lane"/> is trace thread <c>lane + 1</c>; thread 0 holds the marks.</summary>
    public static int ThreadOf(int lane) => lane + 1;

    private static void WriteMetadata(Utf8JsonWriter json, TimelineSnapshot snapshot)
    {
        WriteMetadataEvent(json, "process_name", MarksThread, "name", "Timeline");
        WriteMetadataEvent(json, "thread_name", MarksThread, "name", "marks");
        for (var lane = 0; lane < snapshot.Lanes.Count; lane++)
        {
            WriteMetadataEvent(json, "thread_name", ThreadOf(lane), "name", snapshot.Lanes[lane]);
            json.WriteStartObject();
            json.WriteString("name", "thread_sort_index");
            json.WriteString("ph", "M");
            json.WriteNumber("pid", ProcessId);
            json.WriteNumber("tid", ThreadOf(lane));
            json.WriteStartObject("args");
            json.WriteNumber("sort_index", lane);
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    private static void WriteMetadataEvent(Utf8JsonWriter json, string name, int thread, string key, string value)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("ph", "M");
        json.WriteNumber("pid", ProcessId);
        json.WriteNumber("tid", thread);
        json.WriteStartObject("args");
        json.WriteString(key, value);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A finished span is a complete event (<c>X</c>); a running one a begin event (<c>B</c>) without its end.</summary>
    private static void WriteSpan(Utf8JsonWriter json, TimelineSnapshot snapshot, TimelineSpan span)
    {
        json.WriteStartObject();
        json.WriteString("name", span.Name);
        json.WriteString("cat", "span");
        json.WriteString("ph", span.End is null ? "B" : "X");
        json.WriteNumber("ts", Microseconds(span.Start));
        if (span.End is { } end)
        {
            json.WriteNumber("dur", Microseconds(end - span.Start));
        }

        json.WriteNumber("pid", ProcessId);
        json.WriteNumber("tid", ThreadOf(snapshot.LaneOf(span)));
        json.WriteStartObject("args");
        json.WriteNumber("id", span.Id);
        json.WriteString("lane", span.Lane);
        json.WriteString("outcome", span.Outcome.ToString());
        json.WriteNumber("startThread", span.StartThreadId);
        WriteNullable(json, "endThread", span.EndThreadId);
        WriteNullable(json, "parent", span.ParentId);
        if (span.ExceptionType is { } exception)
        {
            json.WriteString("exception", exception);
        }
        else
        {
            json.WriteNull("exception");
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMark(Utf8JsonWriter json, TimelineMark mark)
    {
        json.WriteStartObject();
        json.WriteString("name", mark.Label);
        json.WriteString("cat", "mark");
        json.WriteString("ph", "i");
        json.WriteString("s", "g");
        json.WriteNumber("ts", Microseconds(mark.At));
        json.WriteNumber("pid", ProcessId);
        json.WriteNumber("tid", MarksThread);
        json.WriteStartObject("args");
        json.WriteNumber("thread", mark.ThreadId);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCounter(Utf8JsonWriter json, string name, string series, TimeSpan at, long value)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("ph", "C");
        json.WriteNumber("ts", Microseconds(at));
        json.WriteNumber("pid", ProcessId);
        json.WriteStartObject("args");
        json.WriteNumber(series, value);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static double Microseconds(TimeSpan time) => time.Ticks / (double)TimeSpan.TicksPerMicrosecond;
}
