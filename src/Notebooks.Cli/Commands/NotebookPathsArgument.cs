using System.CommandLine;

namespace Notebooks.Cli.Commands;

/// <summary>The <c>PATHS...</c> argument that <c>run</c> and <c>lint</c> share, defaulting to the collection's folder.</summary>
internal static class NotebookPathsArgument
{
    private const string DefaultFolder = "notebooks";

    public static Argument<string[]> Create() => new("paths")
    {
        Description = $"Notebook files or folders (.ipynb, .dib); default: {DefaultFolder}/",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The paths given, or the default folder when none were.</summary>
    public static string[] Value(ParseResult result, Argument<string[]> argument) =>
        result.GetValue(argument) is { Length: > 0 } given ? given : [DefaultFolder];
}
