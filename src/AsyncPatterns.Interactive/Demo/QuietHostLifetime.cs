using Microsoft.Extensions.Hosting;

namespace AsyncPatterns.Interactive.Demo;

/// <summary>A host lifetime that neither prints nor hooks Ctrl+C or SIGTERM, so the notebook process keeps its own signal handling.</summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    /// <summary>Returns at once.</summary>
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Returns at once.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
