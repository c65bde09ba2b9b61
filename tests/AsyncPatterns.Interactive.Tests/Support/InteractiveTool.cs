using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AsyncPatterns.Interactive.Tests.Support;

/// <summary>The dotnet-interactive tool that VS Code Polyglot runs, as pinned in the repository's tool manifest, driven over its stdio protocol.</summary>
internal static class InteractiveTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(180);

    /// <summary>Submits <paramref name="cells"/> to the C# kernel one after another; returns each cell's events, ending with CommandSucceeded or CommandFailed.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<JsonElement>>> SubmitAsync(params string[] cells)
    {
        await RunDotnetAsync("tool", "restore");
        using var timeout = new CancellationTokenSource(Timeout);
        using var tool = Process.Start(Start("tool", "run", "dotnet-interactive", "--", "stdio", "--default-kernel", "csharp")) ?? throw new InvalidOperationException("could not start dotnet-interactive");
        var error = tool.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            var results = new List<IReadOnlyList<JsonElement>>();
            for (var i = 0; i < cells.Length; i++)
            {
                var token = $"cell-{i + 1}";
                var command = new JsonObject { ["commandType"] = "SubmitCode", ["command"] = new JsonObject { ["code"] = cells[i], ["targetKernelName"] = "csharp" }, ["token"] = token };
                await tool.StandardInput.WriteLineAsync(command.ToJsonString());
                await tool.StandardInput.FlushAsync(timeout.Token);
                results.Add(await EventsOfAsync(tool, token, timeout.Token));
            }

            return results;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"dotnet-interactive did not answer in {Timeout.TotalSeconds} s");
        }
        finally
        {
            tool.Kill(entireProcessTree: true);
            await tool.WaitForExitAsync(CancellationToken.None);
            _ = await error.ContinueWith(_ => 0, TaskScheduler.Default);
        }
    }

    /// <summary>The values a cell displayed or returned, by MIME type.</summary>
    public static IEnumerable<(string MimeType, string Value)> FormattedValues(IEnumerable<JsonElement> events) =>
        events.Where(e => e.GetProperty("eventType").GetString() is "ReturnValueProduced" or "DisplayedValueProduced")
            .SelectMany(e => e.GetProperty("event").GetProperty("formattedValues").EnumerateArray())
            .Select(v => (v.GetProperty("mimeType").GetString()!, v.GetProperty("value").GetString()!));

    /// <summary>The message of the cell's failure; null when it succeeded.</summary>
    public static string? Failure(IEnumerable<JsonElement> events) =>
        events.Last() is var last && last.GetProperty("eventType").GetString() == "CommandFailed" ? last.GetProperty("event").GetProperty("message").GetString() : null;

    private static async Task<IReadOnlyList<JsonElement>> EventsOfAsync(Process tool, string token, CancellationToken cancellationToken)
    {
        var events = new List<JsonElement>();
        while (await tool.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }

            var envelope = JsonDocument.Parse(line).RootElement;
            if (!envelope.TryGetProperty("eventType", out var type) || !envelope.TryGetProperty("command", out var command)
                || command.ValueKind != JsonValueKind.Object || !command.TryGetProperty("token", out var of) || of.GetString() != token)
            {
                continue;
            }

            events.Add(envelope);
            if (type.GetString() is "CommandSucceeded" or "CommandFailed")
            {
                return events;
            }
        }

        throw new InvalidOperationException($"dotnet-interactive exited before {token} finished (exit code {(tool.HasExited ? tool.ExitCode : -1)})");
    }

    private static async Task RunDotnetAsync(params string[] args)
    {
        using var process = Process.Start(Start(args)) ?? throw new InvalidOperationException("could not start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} exited with {process.ExitCode}:\n{await output}\n{await error}");
    }

    private static ProcessStartInfo Start(params string[] args)
    {
        var start = new ProcessStartInfo(Notebooks.Kernel.Hosting.DotnetHost.Path)
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }
}
