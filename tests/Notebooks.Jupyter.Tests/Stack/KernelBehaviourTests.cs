using Notebooks.Jupyter.Tests.Support;

namespace Notebooks.Jupyter.Tests.Stack;

/// <summary>Interrupts (message and SIGINT), restart, shutdown and signature checks, through jupyter_client.</summary>
public sealed class KernelBehaviourTests
{
    [JupyterFact]
    public void Kernel_InterruptsRestartShutdownAndSignatures_BehaveAsFrontEndsExpect() => PythonSuite.Run("kernel_behaviour_test");
}
