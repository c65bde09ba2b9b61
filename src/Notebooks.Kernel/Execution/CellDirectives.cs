using System.Text.RegularExpressions;
using Notebooks.Kernel.Packages;

namespace Notebooks.Kernel.Execution;

/// <summary>A cell's source split into the directives the kernel handles and the C# left for Roslyn.</summary>
/// <param name="Code">The C# to compile; directive lines are blanked so line numbers still match the cell.</param>
internal sealed partial record CellDirectives(string Code)
{
    private static readonly HashSet<string> CSharpKernelNames = new(["csharp", "c#", "C#"], StringComparer.Ordinal);

    /// <summary>Whether <c>#!time</c> asked for the wall time.</summary>
    public bool Time { get; private init; }

    /// <summary>Assembly paths from <c>#r "file.dll"</c>, as written.</summary>
    public IReadOnlyList<string> References { get; private init; } = [];

    /// <summary>Packages from <c>#r "nuget: Id, Version"</c>.</summary>
    public IReadOnlyList<PackageRequest> Packages { get; private init; } = [];

    /// <summary>Package sources from <c>#i "nuget: source"</c>, as written.</summary>
    public IReadOnlyList<string> Sources { get; private init; } = [];

    /// <summary>A directive that cannot be honoured, with its line, or null.</summary>
    public CellError? Error { get; private init; }

    /// <summary>Splits <paramref name="source"/>; directives are recognised before the first line of code.</summary>
    public static CellDirectives Parse(string source)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var references = new List<string>();
        var packages = new List<PackageRequest>();
        var sources = new List<string>();
        var time = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var problem = line switch
            {
                _ when line.StartsWith("#!", StringComparison.Ordinal) => MagicCommand(line, i, ref time),
                _ when ReferencePattern().Match(line) is { Success: true } r => Reference(r.Groups[1].Value, i, references, packages),
                _ when IncludePattern().Match(line) is { Success: true } s => Include(s.Groups[1].Value, i, sources),
                _ => null,
            };
            if (problem is not null)
            {
                return new CellDirectives(source) { Error = problem };
            }

            if (line.StartsWith("#!", StringComparison.Ordinal) || ReferencePattern().IsMatch(line) || IncludePattern().IsMatch(line))
            {
                lines[i] = "";
            }
        }

        return new CellDirectives(string.Join('\n', lines)) { Time = time, References = references, Packages = packages, Sources = sources };
    }

    private static CellError? MagicCommand(string line, int index, ref bool time)
    {
        var name = line[2..].Split(' ', 2)[0];
        if (index == 0 && CSharpKernelNames.Contains(name))
        {
            return null;
        }

        if (name == "time")
        {
            time = true;
            return null;
        }

        return Problem(index, $"unknown directive #!{name}: this kernel runs C# only and supports #!csharp (first line), #!time, #r and #i");
    }

    private static CellError? Reference(string target, int index, List<string> references, List<PackageRequest> packages)
    {
        if (!target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            references.Add(target);
            return null;
        }

        var request = PackageRequest.Parse(target["nuget:".Length..]);
        if (request is null)
        {
            return Problem(index, $"#r \"{target}\" is not of the form \"nuget: Id, Version\"");
        }

        packages.Add(request);
        return null;
    }

    private static CellError? Include(string target, int index, List<string> sources)
    {
        if (!target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(index, $"#i \"{target}\" is not supported: only #i \"nuget: source\" is");
        }

        var source = target["nuget:".Length..].Trim();
        if (!PackageSources.IsAbsolute(source))
        {
            return Problem(index, $"#i \"{target}\": a relative package source is not supported (.NET Interactive rejects it: \"Invalid URI\"); "
                + "give an absolute folder (/home/me/feed), a URI (https://host/v3/index.json, file:///home/me/feed), "
                + "or load the assembly with #r \"relative/path/Library.dll\", which resolves against the notebook's folder");
        }

        sources.Add(source);
        return null;
    }

    private static CellError Problem(int index, string message) =>
        CellError.Of(CellErrorKind.Directive, message, [$"({index + 1},1): error: {message}"]);

    [GeneratedRegex("""^#r\s+"([^"]*)"\s*$""")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("""^#i\s+"([^"]*)"\s*$""")]
    private static partial Regex IncludePattern();
}
