using System.Text.RegularExpressions;

namespace Notebooks.Kernel.Execution;

/// <summary>What a <c>#i "nuget: source"</c> may name, as .NET Interactive takes it: a URI or an absolute folder, never a relative path.</summary>
internal static partial class PackageSources
{
    /// <summary>Whether <paramref name="source"/> is a URI (<c>https://</c>, <c>file://</c>) or a rooted path (<c>/feed</c>, <c>C:\feed</c>, <c>\\server\feed</c>).</summary>
    public static bool IsAbsolute(string source) =>
        source.Contains("://", StringComparison.Ordinal) || source.StartsWith('/') || source.StartsWith('\\') || WindowsRootPattern().IsMatch(source);

    /// <summary>The local folder <paramref name="source"/> names (a path or a <c>file://</c> URI), or null for a remote feed.</summary>
    public static string? LocalFolder(string source) =>
        !source.Contains("://", StringComparison.Ordinal) ? source
        : Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath
        : null;

    [GeneratedRegex(@"^[A-Za-z]:[\\/]")]
    private static partial Regex WindowsRootPattern();
}
