using System.CommandLine;
using Notebooks.Cli.Commands;

var root = new RootCommand("Runs C# notebooks (.ipynb, .dib) headlessly on a Roslyn-scripting kernel.")
{
    RunCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
