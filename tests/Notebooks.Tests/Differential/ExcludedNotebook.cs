namespace Notebooks.Tests.Differential;

/// <summary>A notebook of a corpus that the differential run leaves out, and why.</summary>
/// <param name="Corpus">The corpus.</param>
/// <param name="Notebook">The notebook's file name.</param>
/// <param name="Reason">Why it cannot run in this process on both engines.</param>
internal sealed record ExcludedNotebook(string Corpus, string Notebook, string Reason);
