using Notebooks.Jupyter.Tests.Support;

namespace Notebooks.Jupyter.Tests.Stack;

/// <summary>Runs one of the Python test modules beside these tests against the kernel, with our kernelspec in a temporary Jupyter home.</summary>
internal static class PythonSuite
{
    public static void Run(string module)
    {
        using var home = new KernelHome();
        var folder = Path.Combine(AppContext.BaseDirectory, "Python");
        var (code, output) = JupyterStack.Run(JupyterStack.Python, ["-m", "unittest", "-v", module], home.Environment, TimeSpan.FromMinutes(10), folder);
        Assert.True(code == 0, $"python -m unittest {module} exited {code}:\n{output}");
        Assert.Contains("OK", output, StringComparison.Ordinal);
    }
}
