using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Notebooks.Cli.Commands;

/// <summary>A number of seconds read with a decimal point in every culture, as a supervisor writes it into its worker's arguments.</summary>
internal static class SecondsOption
{
    /// <summary>An option of seconds with a default.</summary>
    public static Option<double> Create(string name, string description, double defaultSeconds) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultSeconds,
        CustomParser = r => Parse(r) ?? defaultSeconds,
    };

    /// <summary>An option of seconds that may be left out.</summary>
    public static Option<double?> CreateOptional(string name, string description) => new(name)
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
