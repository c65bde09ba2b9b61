using Notebooks.Jupyter.Tests.Support;

namespace Notebooks.Jupyter.Tests.Stack;

/// <summary>jupyter_kernel_test's suite: kernel info, stdout, stderr, errors, execute_result, display_data, is_complete, completion.</summary>
public sealed class KernelConformanceTests
{
    [JupyterFact]
    public void JupyterKernelTest_AllChecks_Pass() => PythonSuite.Run("kernel_conformance_test");
}
