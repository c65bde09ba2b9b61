using Notebooks.Cli;

return await CliApp.InvokeAsync(args, Console.Out, Console.Error);
