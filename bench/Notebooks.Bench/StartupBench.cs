using System.Diagnostics;

namespace Notebooks.Bench;

/// <summary>(a) Process start to first cell result: launches the built CLI on a one-cell notebook, over and over.</summary>
internal static class StartupBench
{
    private const string OneCellNotebook = """
        {
         "cells": [
          {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["1 + 1"]}
         ],
         "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}},
         "nbformat": 4, "nbformat_minor": 5
        }
        """;

    /// <summary>Runs the measurements and prints them.</summary>
    public static async Task RunAsync(string cliDll, int runs, string work)
    {
        var notebook = Path.Combine(work, "one-cell.ipynb");
        await File.WriteAllTextAsync(notebook, OneCellNotebook);
        var output = Path.Combine(work, "executed");
        var dotnet = Launcher.DotnetHost();
        var apphost = Path.Combine(Path.GetDirectoryName(cliDll)!, OperatingSystem.IsWindows() ? "notebooks.exe" : "notebooks");
        string[] runArgs = ["run", notebook, "--output", output];

        Console.WriteLine($"(a) process start to first cell result: {cliDll}");
        await Launch(dotnet, [cliDll, "--version"], hook: null);
        await Report("dotnet notebooks.dll --version (runtime floor)", runs, () => Launch(dotnet, [cliDll, "--version"], hook: null));
        await Launch(dotnet, [cliDll, .. runArgs], hook: null);
        await Report("dotnet notebooks.dll run one-cell.ipynb", runs, () => Launch(dotnet, [cliDll, .. runArgs], hook: null));
        string[] interactiveArgs = [.. runArgs, "--engine", "dotnet-interactive"];
        await Launch(dotnet, [cliDll, .. interactiveArgs], hook: null);
        await Report("the same, --engine dotnet-interactive", runs, () => Launch(dotnet, [cliDll, .. interactiveArgs], hook: null));
        if (File.Exists(apphost))
        {
            await Report("apphost notebooks run one-cell.ipynb", runs, () => Launch(apphost, runArgs, hook: null));
        }

        var hook = typeof(StartupHook).Assembly.Location;
        var launches = new List<Launched>();
        for (var i = 0; i < runs; i++)
        {
            launches.Add(await Launch(dotnet, [cliDll, .. runArgs], hook));
        }

        Console.WriteLine("  breakdown (startup hook marks the start of managed code, just before Main):");
        Console.WriteLine($"    launch -> managed code (runtime start)      {Stats.Of([.. launches.Select(l => l.ToHook)])}");
        Console.WriteLine($"    managed code -> first result line (our code) {Stats.Of([.. launches.Select(l => l.HookToResult)])}");
        Console.WriteLine($"    launch -> first result line                  {Stats.Of([.. launches.Select(l => l.ToResult)])}");
        Console.WriteLine($"    launch -> exit                               {Stats.Of([.. launches.Select(l => l.ToExit)])}");
    }

    private static async Task Report(string label, int runs, Func<Task<Launched>> launch)
    {
        var samples = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            samples.Add((await launch()).ToExit);
        }

        Console.WriteLine($"  {label,-48} {Stats.Of(samples)}");
    }

    private static async Task<Launched> Launch(string file, string[] arguments, string? hook)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (hook is not null)
        {
            start.Environment["DOTNET_STARTUP_HOOKS"] = hook;
        }

        long? hookAt = null;
        long? resultAt = null;
        var errors = new System.Text.StringBuilder();
        var launched = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var readOut = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (resultAt is null && line.StartsWith("PASS", StringComparison.Ordinal))
                {
                    resultAt = Stopwatch.GetTimestamp();
                }
            }
        });
        var readErr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                if (line.StartsWith(StartupHook.Marker, StringComparison.Ordinal))
                {
                    hookAt = long.Parse(line[StartupHook.Marker.Length..], System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    errors.AppendLine(line);
                }
            }
        });
        await process.WaitForExitAsync();
        var exited = Stopwatch.GetTimestamp();
        await Task.WhenAll(readOut, readErr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {errors}");
        }

        return new Launched(
            Clock.Ms(launched, exited),
            hookAt is { } h ? Clock.Ms(launched, h) : double.NaN,
            resultAt is { } r ? Clock.Ms(launched, r) : double.NaN,
            hookAt is { } h2 && resultAt is { } r2 ? Clock.Ms(h2, r2) : double.NaN);
    }

    private sealed record Launched(double ToExit, double ToHook, double ToResult, double HookToResult);
}
