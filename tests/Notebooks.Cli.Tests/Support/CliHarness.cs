using Notebooks.Cli.Workers;

namespace Notebooks.Cli.Tests.Support;

/// <summary>Runs the command line in-process on fixture notebooks copied to a fresh folder.</summary>
internal sealed class CliHarness
{
    private CliHarness(string folder) => Folder = folder;

    /// <summary>A fresh folder holding copies of the fixtures.</summary>
    public string Folder { get; }

    /// <summary>Supervision for notebooks whose cells ignore their timeout: they are abandoned after 1 s, not 5 s; the kill slack is as in a real run.</summary>
    public static SupervisionTimings ShortGrace { get; } = new() { CancellationGrace = TimeSpan.FromSeconds(1) };

    /// <summary>Where executed notebooks go by default in these tests.</summary>
    public string Output => Path.Combine(Folder, "executed");

    public static CliHarness WithFixtures(params string[] names)
    {
        var folder = Directory.CreateTempSubdirectory("nb-cli").FullName;
        foreach (var name in names)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", name), Path.Combine(folder, name));
        }

        return new CliHarness(folder);
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Runs <c>notebooks run</c> on the named fixtures with extra arguments.</summary>
    public Task<CliResult> Run(params string[] args) => Run(SupervisionTimings.Default, args);

    /// <summary>Runs <c>notebooks run</c> on the named fixtures with extra arguments, supervised with <paramref name="supervision"/>.</summary>
    public Task<CliResult> Run(SupervisionTimings supervision, params string[] args) =>
        Invoke(["run", .. args.Select(a => File.Exists(PathOf(a)) ? PathOf(a) : a), "--output", Output], supervision);

    /// <summary>Runs <paramref name="action"/> with an environment variable set (null: unset), restoring it afterwards.</summary>
    public static async Task<T> WithEnvironment<T>(string name, string? value, Func<Task<T>> action)
    {
        var outer = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
        try
        {
            return await action();
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, outer);
        }
    }

    /// <summary>The repository root: the folder above the test binaries that holds Notebooks.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Notebooks.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Notebooks.sln was not found above {AppContext.BaseDirectory}");
    }

    /// <summary>Runs the command line on <paramref name="args"/>, supervised with <paramref name="supervision"/> (the defaults when null).</summary>
    public static async Task<CliResult> Invoke(string[] args, SupervisionTimings? supervision = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.InvokeAsync(args, output, error, supervision: supervision);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}

/// <summary>What a command printed and its exit code.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
