using Notebooks.Testing;

namespace Notebooks.Jupyter.Tests.Support;

/// <summary>Debian's Jupyter stack (jupyter_client, nbclient, nbconvert, jupyter_kernel_test) and how the tests run it.</summary>
internal static class JupyterStack
{
    /// <summary>The Debian packages the tests need; .ci/run installs them.</summary>
    public const string Packages = "jupyter-client python3-jupyter-client python3-nbclient jupyter-nbconvert python3-nbformat python3-jupyter-kernel-test";

    private static readonly Lazy<string?> MissingReason = new(FindMissing);

    /// <summary>The interpreter apt installs modules for; another python3 earlier on PATH would not see them.</summary>
    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    /// <summary>The jupyter command.</summary>
    public static string Jupyter => File.Exists("/usr/bin/jupyter") ? "/usr/bin/jupyter" : "jupyter";

    /// <summary>Why the stack cannot be used, or null when it can.</summary>
    public static string? Missing => MissingReason.Value;

    private static string? FindMissing()
    {
        try
        {
            var (code, output) = Run(Python, ["-c", "import jupyter_client, nbclient, nbconvert, nbformat, jupyter_kernel_test"], null, TimeSpan.FromSeconds(60));
            return code == 0 ? null : $"the Jupyter stack is not installed (Debian packages: {Packages}): {output.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"python3 cannot run ({e.Message}); install the Debian packages {Packages}";
        }
    }

    /// <summary>Runs a program with extra environment variables; returns its exit code (-1 at its time limit) and both streams.</summary>
    public static (int Code, string Output) Run(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment, TimeSpan limit, string? folder = null)
    {
        var variables = environment?.ToDictionary(e => e.Key, e => (string?)e.Value);
        var result = ChildProcess.RunAsync(program, args, limit, folder, variables).GetAwaiter().GetResult();
        return (result.ExitCode, result.Output);
    }
}
