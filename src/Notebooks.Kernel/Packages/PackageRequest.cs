namespace Notebooks.Kernel.Packages;

/// <summary>A NuGet package a cell asked for with <c>#r "nuget: Id, Version"</c>; no version means the latest.</summary>
/// <param name="Id">The package id.</param>
/// <param name="Version">The version or range, or null for the latest.</param>
public sealed record PackageRequest(string Id, string? Version)
{
    /// <summary>Parses the text after <c>nuget:</c>; null when it has no id or too many parts.</summary>
    public static PackageRequest? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || parts[0].Length == 0 || parts[0].Any(char.IsWhiteSpace))
        {
            return null;
        }

        return new PackageRequest(parts[0], parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null);
    }

    /// <summary>The request as a cell writes it.</summary>
    public override string ToString() => Version is null ? Id : $"{Id}, {Version}";
}
