namespace AsyncPatterns.Interactive.Tests.Hosting;

/// <summary>Tests that load host assemblies into this process or ask for the current cell, one at a time, so a fake kernel's token is never seen by another test.</summary>
[CollectionDefinition(Name)]
public sealed class HostAssembliesCollection
{
    public const string Name = "host assemblies";
}
