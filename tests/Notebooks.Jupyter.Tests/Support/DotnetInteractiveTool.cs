using System.Text.Json.Nodes;
using Notebooks.Kernel.Hosting;

namespace Notebooks.Jupyter.Tests.Support;

/// <summary>The dotnet-interactive tool that <c>.config/dotnet-tools.json</c> pins (what VS Code's Polyglot Notebooks runs), as a Jupyter kernel.</summary>
internal static class DotnetInteractiveTool
{
    /// <summary>The kernelspec name the tests install (not the tool's own <c>.net-csharp</c>, so a user's install is never touched).</summary>
    public const string KernelName = "dotnet-interactive-test";

    private static readonly Lazy<string?> MissingReason = new(FindMissing);

    /// <summary>Why the tool cannot run, or null when it can.</summary>
    public static string? Missing => MissingReason.Value;

    /// <summary>
    /// Writes the tool's kernelspec under <paramref name="data"/>: <c>dotnet tool run dotnet-interactive -- jupyter</c>, started in the
    /// notebook's folder inside the repository, where the manifest is found. The tool serves HTTP whatever its options say;
    /// <c>--http-local-only</c> keeps that on the loopback interface, on a port found free.
    /// </summary>
    public static void InstallKernelSpec(string data)
    {
        var folder = Directory.CreateDirectory(Path.Combine(data, "kernels", KernelName)).FullName;
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray(DotnetHost.Path, "tool", "run", "dotnet-interactive", "--", "jupyter", "--default-kernel", "csharp", "--http-local-only", "--http-port-range", FreePortRange(), "{connection_file}"),
            ["display_name"] = ".NET (C#), dotnet-interactive (test)",
            ["language"] = "C#",
            ["env"] = new JsonObject
            {
                ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        File.WriteAllText(Path.Combine(folder, "kernel.json"), spec.ToJsonString());
    }

    /// <summary>A port free now, as a one-port range: the tool binds the first port of its range and exits when that one is taken
    /// (by another kernel, or a user's Polyglot session on the default 2048).</summary>
    private static string FreePortRange()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        return $"{port}-{port}";
    }

    private static string? FindMissing()
    {
        try
        {
            var (code, output) = JupyterStack.Run(DotnetHost.Path, ["tool", "run", "dotnet-interactive", "--version"], null, TimeSpan.FromMinutes(2), Repository.Root);
            if (code != 0)
            {
                // The README's test command needs no step of its own: the pinned tool is restored (a no-op once installed), as .ci/run does.
                JupyterStack.Run(DotnetHost.Path, ["tool", "restore"], null, TimeSpan.FromMinutes(5), Repository.Root);
                (code, output) = JupyterStack.Run(DotnetHost.Path, ["tool", "run", "dotnet-interactive", "--version"], null, TimeSpan.FromMinutes(2), Repository.Root);
            }

            return code == 0 ? null : $"the dotnet-interactive tool is not installed: run `dotnet tool restore` in the repository (.ci/run does): {output.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"dotnet cannot run ({e.Message}), so neither can the dotnet-interactive tool (`dotnet tool restore` installs it)";
        }
    }
}
