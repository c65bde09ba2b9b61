using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace AsyncPatterns.Interactive.Demo;

/// <summary>The demo server's only middleware: counts the request, waits the latency, injects failures, then answers by path.</summary>
/// <remarks>Waits end when the client aborts or the server starts stopping; a request cut short that way is aborted, not answered.</remarks>
internal sealed class DemoEndpoints(DemoServerOptions options, DemoCounters counters, CancellationToken stopping)
{
    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var number = counters.RequestStarted();
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var aborted = abort.Token;
        try
        {
            if (options.Latency > TimeSpan.Zero)
            {
                await Task.Delay(options.Latency, options.TimeProvider, aborted).ConfigureAwait(false);
            }

            if (options.FailEvery is int every && number % every == 0)
            {
                context.Response.StatusCode = options.FailureStatusCode;
                await context.Response.WriteAsJsonAsync(new { error = "injected failure", request = number }, aborted).ConfigureAwait(false);
                return;
            }

            await AnswerAsync(context, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away or the server is stopping: drop the connection rather than send a half answer.
            context.Abort();
        }
        finally
        {
            counters.RequestEnded();
        }
    }

    private async Task AnswerAsync(HttpContext context, CancellationToken aborted)
    {
        var response = context.Response;
        var segments = HttpMethods.IsGet(context.Request.Method)
            ? (context.Request.Path.Value ?? "").Trim('/').Split('/')
            : [];
        switch (segments)
        {
            case ["items", var text] when TryParse(text, out var id):
                await response.WriteAsJsonAsync(new { id, name = $"item {id}" }, aborted).ConfigureAwait(false);
                break;
            case ["status", var text] when TryParse(text, out var code) && code is >= 200 and <= 599:
                response.StatusCode = code;
                break;
            case ["delay", var text] when TryParse(text, out var ms):
                await Task.Delay(TimeSpan.FromMilliseconds(ms), options.TimeProvider, aborted).ConfigureAwait(false);
                await response.WriteAsJsonAsync(new { delayMs = ms }, aborted).ConfigureAwait(false);
                break;
            case ["json"]:
                await response.WriteAsJsonAsync(new { message = "hello from the demo server", numbers = new[] { 1, 2, 3 }, nested = new { ok = true } }, aborted).ConfigureAwait(false);
                break;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static bool TryParse(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
