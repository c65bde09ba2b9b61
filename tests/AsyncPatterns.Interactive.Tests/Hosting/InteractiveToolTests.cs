using AsyncPatterns.Interactive.Tests.Support;

namespace AsyncPatterns.Interactive.Tests.Hosting;

/// <summary>The library inside the real dotnet-interactive tool (which holds FSharp.Core 10.0), loaded the way this repository's notebooks load it.</summary>
public sealed class InteractiveToolTests
{
    private static readonly string Extension = Path.Combine(Repository.Root, "artifacts", "extension", "AsyncPatterns.Interactive.dll");

    [Fact]
    public async Task SubmitCode_TimelineAndCurrentCellInTheTool_DisplayAndReportTheCellsToken()
    {
        var cells = await InteractiveTool.SubmitAsync(
            $"#r \"{Extension}\"",
            """
            using AsyncPatterns.Interactive.Timelines;
            var timeline = new Timeline();
            await timeline.Track("download", () => Task.Delay(5), "io");
            timeline.Stop();
            timeline
            """,
            "AsyncPatterns.Interactive.CurrentCell.CancellationToken.CanBeCanceled");

        Assert.All(cells, events => Assert.Null(InteractiveTool.Failure(events)));
        var timeline = InteractiveTool.FormattedValues(cells[1]).ToDictionary(v => v.MimeType, v => v.Value);
        Assert.Equal(["text/html", "image/svg+xml", "text/plain"], timeline.Keys);
        Assert.Contains("class=\"asyncpatterns-timeline-static\"", timeline["text/html"], StringComparison.Ordinal);
        Assert.StartsWith("<svg ", timeline["image/svg+xml"], StringComparison.Ordinal);
        Assert.Contains(InteractiveTool.FormattedValues(cells[2]), v => v.Value.Contains("True", StringComparison.Ordinal));
    }
}
