using AsyncPatterns.Interactive.Tests.Hosting;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;

namespace AsyncPatterns.Interactive.Tests;

/// <summary><see cref="CurrentCell"/> inside the real .NET Interactive C# kernel, which the library knows by name only.</summary>
[Collection(HostAssembliesCollection.Name)]
public sealed class CurrentCellTests
{
    /// <summary>Set by the cell once it waits on its token.</summary>
    public static TaskCompletionSource Waiting { get; private set; } = new();

    /// <summary>Set by the cell once its wait was canceled.</summary>
    public static TaskCompletionSource Canceled { get; private set; } = new();

    [Fact]
    public void CancellationToken_OutsideAnyCell_IsNone()
    {
        Assert.Null(KernelInvocationContext.Current);

        Assert.Equal(CancellationToken.None, CurrentCell.CancellationToken);
    }

    [Fact]
    public async Task CancellationToken_InACSharpKernelSubmission_IsTheCommandsToken()
    {
        using var kernel = new CSharpKernel();

        var result = await kernel.SendAsync(new SubmitCode(References() + """
            var token = AsyncPatterns.Interactive.CurrentCell.CancellationToken;
            token.CanBeCanceled && token == Microsoft.DotNet.Interactive.KernelInvocationContext.Current.CancellationToken
            """));

        Assert.DoesNotContain(result.Events, e => e is CommandFailed);
        Assert.Equal(true, result.Events.OfType<ReturnValueProduced>().Single().Value);
    }

    [Fact]
    public async Task CancellationToken_SubmissionCanceled_IsCanceledInsideTheCell()
    {
        Waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Canceled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var kernel = new CSharpKernel();
        var submission = kernel.SendAsync(new SubmitCode(References() + """
            try
            {
                var wait = System.Threading.Tasks.Task.Delay(System.Threading.Timeout.Infinite, AsyncPatterns.Interactive.CurrentCell.CancellationToken);
                AsyncPatterns.Interactive.Tests.CurrentCellTests.Waiting.SetResult();
                await wait;
            }
            catch (System.OperationCanceledException)
            {
                AsyncPatterns.Interactive.Tests.CurrentCellTests.Canceled.SetResult();
            }
            """));
        await Waiting.Task.WaitAsync(TimeSpan.FromSeconds(60));

        await kernel.SendAsync(new Cancel());

        await Canceled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await submission.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>The cell's <c>#r</c> of the library and of these tests (for the gates), by the paths they loaded from.</summary>
    private static string References() =>
        $"#r \"{typeof(CurrentCell).Assembly.Location}\"\n#r \"{typeof(CurrentCellTests).Assembly.Location}\"\n";
}
