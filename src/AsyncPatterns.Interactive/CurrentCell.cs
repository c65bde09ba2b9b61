using AsyncPatterns.Interactive.Hosting;

namespace AsyncPatterns.Interactive;

/// <summary>The notebook cell that is running, as whichever host runs it (.NET Interactive, the Notebooks kernel) reports it.</summary>
public static class CurrentCell
{
    private static readonly CellTokenLookup Lookup = Watch(new CellTokenLookup(AppDomain.CurrentDomain.GetAssemblies));

    /// <summary>The running cell's cancellation token, canceled when the user stops the cell; <see cref="CancellationToken.None"/> outside a cell or host.</summary>
    public static CancellationToken CancellationToken => Lookup.Current;

    /// <summary>A host's assembly may load after the first question, so every assembly load makes the next one look again.</summary>
    private static CellTokenLookup Watch(CellTokenLookup lookup)
    {
        AppDomain.CurrentDomain.AssemblyLoad += (_, _) => lookup.AssembliesChanged();
        return lookup;
    }
}
