using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;
using Notebooks.Testing;

namespace Notebooks.Kernel.Tests.Formats;

/// <summary>Runs Python's nbformat, when some python3 on this machine has it.</summary>
internal static class PythonNbformat
{
    private static readonly Lazy<string?> Interpreter = new(Find);

    /// <summary>
    /// The python3 that imports nbformat; null after logging a skip. When CI is "true", a missing nbformat fails the test.
    /// </summary>
    public static string? RequireOrSkip(ITestOutputHelper output)
    {
        if (Interpreter.Value is { } python)
        {
            return python;
        }

        const string Missing = "python3 with the nbformat module was not found (tried $NBFORMAT_PYTHON, else python3 and /usr/bin/python3); install python3-nbformat";
        if (Requirement.InCi)
        {
            Assert.Fail(Missing + " (required when CI=true)");
        }

        output.WriteLine("SKIPPED: " + Missing);
        return null;
    }

    /// <summary>Runs <c>python -c script args</c>; returns the exit code, stdout bytes and stderr text.</summary>
    public static (int ExitCode, byte[] Stdout, string Stderr) Run(string python, string script, params string[] args)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {python}");
        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        process.WaitForExit();
        return (process.ExitCode, stdout.ToArray(), stderr.Result);
    }

    private static string? Find()
    {
        // NBFORMAT_PYTHON, when set, is the only interpreter tried.
        var chosen = Environment.GetEnvironmentVariable("NBFORMAT_PYTHON");
        string[] candidates = string.IsNullOrEmpty(chosen) ? ["python3", "/usr/bin/python3"] : [chosen];
        foreach (var candidate in candidates)
        {
            try
            {
                if (Run(candidate, "import nbformat").ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under that name.
            }
        }

        return null;
    }

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
