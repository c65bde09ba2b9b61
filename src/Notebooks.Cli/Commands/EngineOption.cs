using System.CommandLine;
using Notebooks.Cli.Running;

namespace Notebooks.Cli.Commands;

/// <summary>The <c>--engine NAME</c> option of <c>run</c> and of the worker.</summary>
internal static class EngineOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--engine")
        {
            Description = $"The engine that runs the cells: {Engines.Names} (default: {Engines.All[0].Name})",
            DefaultValueFactory = _ => Engines.All[0].Name,
            HelpName = "NAME",
        };
        option.AcceptOnlyFromAmong([.. Engines.All.Select(e => e.Name)]);
        return option;
    }
}
