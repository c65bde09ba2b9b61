using System.Globalization;

namespace Notebooks.Cli.Tests.Commands;

/// <summary>Seconds on the command line are read with a decimal point whatever the culture, as the supervisor writes them for its workers.</summary>
public sealed class CommandOptionsTests
{
    [Theory]
    [InlineData("--timeout", "2.5", 2.5)]
    [InlineData("--notebook-timeout", "0.75", 0.75)]
    [InlineData("--timeout", "1e-3", 0.001)]
    public void Run_SecondsWithADecimalPointInACommaCulture_AreReadAsWritten(string option, string text, double expected)
    {
        var result = InCulture("fr-FR", () => CliApp.Create().Parse(["run", "a.ipynb", option, text]));

        Assert.Empty(result.Errors.Select(e => e.Message));
        Assert.Equal(expected, option == "--timeout" ? result.GetValue<double>(option) : result.GetValue<double?>(option));
    }

    [Fact]
    public void Run_NoTimeout_IsTheDefault()
    {
        var result = CliApp.Create().Parse(["run", "a.ipynb"]);

        Assert.Equal((120.0, (double?)null), (result.GetValue<double>("--timeout"), result.GetValue<double?>("--notebook-timeout")));
    }

    [Theory]
    [InlineData("run", "--timeout")]
    [InlineData("run", "--notebook-timeout")]
    [InlineData("worker", "--timeout")]
    public void Parse_SecondsThatAreNotANumber_IsAnErrorNamingTheOptionAndTheText(string command, string option)
    {
        var result = CliApp.Create().Parse([command, "a.ipynb", "--target", "b.ipynb", option, "soon"]);

        var error = Assert.Single(result.Errors).Message;
        Assert.Contains($"'soon' for option '{option}'", error, StringComparison.Ordinal);
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var outer = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = outer;
        }
    }
}
