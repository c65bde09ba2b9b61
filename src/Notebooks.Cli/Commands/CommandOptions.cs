using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Notebooks.Cli.Running;
using Notebooks.Kernel.Execution;

namespace Notebooks.Cli.Commands;

/// <summary>The arguments and options that more than one command takes: notebook paths, the engine, seconds, parameters.</summary>
internal static class CommandOptions
{
    private const string DefaultFolder = "notebooks";

    /// <summary>The <c>PATHS...</c> argument of <c>run</c> and <c>lint</c>, defaulting to the collection's folder.</summary>
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = $"Notebook files or folders (.ipynb, .dib); default: {DefaultFolder}/",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The paths given, or the default folder when none were.</summary>
    public static string[] PathsOf(ParseResult result, Argument<string[]> argument) =>
        result.GetValue(argument) is { Length: > 0 } given ? given : [DefaultFolder];

    /// <summary>The <c>--engine NAME</c> option of <c>run</c> and of the worker.</summary>
    public static Option<string> Engine()
    {
        var option = new Option<string>("--engine")
        {
            Description = $"The engine that runs the cells: {Engines.Names} (default: {Engines.Default.Name})",
            DefaultValueFactory = _ => Engines.Default.Name,
            HelpName = "NAME",
        };
        option.AcceptOnlyFromAmong([.. Engines.All.Select(e => e.Name)]);
        return option;
    }

    /// <summary>The <c>--timeout SECONDS</c> option: the per-cell timeout, by default the kernel's.</summary>
    public static Option<double> CellTimeout(string description) => Seconds("--timeout", description, KernelOptions.StandardTimeout.TotalSeconds);

    /// <summary>The <c>-p name=value</c> option of <c>run</c> and the worker; a value without <c>=</c> is refused.</summary>
    public static Option<string[]> Parameters(string description)
    {
        var option = new Option<string[]>("--parameter", "-p") { Description = description, AllowMultipleArgumentsPerToken = false };
        option.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => !t.Value.Contains('=', StringComparison.Ordinal) || t.Value.StartsWith('=')))
            {
                r.AddError($"-p {token.Value}: expected name=value");
            }
        });
        return option;
    }

    /// <summary>The <c>-p</c> values as a map: names trimmed, the last value of a name wins, a missing value is empty.</summary>
    public static IReadOnlyDictionary<string, string> ParametersOf(IEnumerable<string>? values) =>
        (values ?? [])
            .Select(p => p.Split('=', 2))
            .GroupBy(p => p[0].Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last() is [_, var value] ? value : "", StringComparer.Ordinal);

    /// <summary>An option of seconds with a default, read with a decimal point in every culture (as a supervisor writes them for its worker).</summary>
    public static Option<double> Seconds(string name, string description, double defaultSeconds) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultSeconds,
        CustomParser = r => Parse(r) ?? defaultSeconds,
    };

    /// <summary>An option of seconds that may be left out, read as <see cref="Seconds"/> are.</summary>
    public static Option<double?> OptionalSeconds(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = Parse,
    };

    /// <summary>The seconds in the option's one token, or null with an error naming the option when they are not a number.</summary>
    private static double? Parse(ArgumentResult result)
    {
        if (result.Tokens is not [{ Value: var text }])
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds;
        }

        result.AddError($"Cannot parse argument '{text}' for option '{(result.Parent as OptionResult)?.Option.Name}': expected a number of seconds such as 2.5");
        return null;
    }
}
