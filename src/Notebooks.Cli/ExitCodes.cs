namespace Notebooks.Cli;

/// <summary>The runner's documented exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Every notebook passed.</summary>
    public const int Success = 0;

    /// <summary>Bad usage or input that cannot be read.</summary>
    public const int UsageOrInput = 1;

    /// <summary>A cell failed or timed out.</summary>
    public const int CellFailed = 2;

    /// <summary>The machine failed the run: a package restore, a worker that could not start.</summary>
    public const int Infrastructure = 3;

    /// <summary>Interrupted by Ctrl-C or SIGTERM.</summary>
    public const int Interrupted = 130;
}
