namespace Notebooks.Jupyter.KernelSpecs;

/// <summary>What installing or removing a kernelspec did, as a line for the user.</summary>
/// <param name="Succeeded">False when nothing was changed because it would have been wrong.</param>
/// <param name="Message">What happened, naming the folder.</param>
public sealed record KernelSpecResult(bool Succeeded, string Message);
