using Notebooks.DotNetInteractive.Tests.Support;
using Notebooks.Kernel.Execution;

namespace Notebooks.DotNetInteractive.Tests;

/// <summary>A package's <c>interactive-extensions/dotnet</c> loads as the tool loads it: kernel extensions, then extension.dib.</summary>
public sealed class PackageExtensionTests
{
    [Fact]
    public async Task NuGetReference_PackageWithKernelExtension_RunsItsOnLoad()
    {
        var (feed, version) = ExtensionPackage.CreateFeed(extensionDib: null);
        await using var engine = Cells.Start();

        var load = await Cells.Run(engine, $"#i \"nuget: {feed}\"\n#r \"nuget: {ExtensionPackage.Id}, {version}\"");
        var shown = await Cells.Run(engine, "new Fixture.Marker()", number: 2);

        Assert.True(load.Status == CellStatus.Succeeded, load.Error?.Summary);
        var html = Assert.Single(shown.Value!.Value.Data, d => d.Key == "text/html").Value;
        Assert.Contains("formatted by the extension", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NuGetReference_PackageWithExtensionDib_RunsItsCells()
    {
        var (feed, version) = ExtensionPackage.CreateFeed("#!csharp\n\nvar fromExtensionDib = 7;\n");
        await using var engine = Cells.Start();

        var load = await Cells.Run(engine, $"#i \"nuget: {feed}\"\n#r \"nuget: {ExtensionPackage.Id}, {version}\"");
        var shown = await Cells.Run(engine, "fromExtensionDib * 6", number: 2);

        Assert.True(load.Status == CellStatus.Succeeded, string.Join('\n', load.Events));
        Assert.True(shown.Status == CellStatus.Succeeded, string.Join('\n', shown.Events));
        Assert.Contains("42", shown.Value!.Value.Data.Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NuGetReference_KernelExtensionThatFails_IsNamedOnStderr_AndTheOthersStillLoad()
    {
        var (feed, version) = ExtensionPackage.CreateFeed(extensionDib: null, broken: true);
        await using var engine = Cells.Start();

        var load = await Cells.Run(engine, $"#i \"nuget: {feed}\"\n#r \"nuget: {ExtensionPackage.Id}, {version}\"");
        var shown = await Cells.Run(engine, "new Fixture.Marker()", number: 2);

        Assert.True(load.Status == CellStatus.Succeeded, load.Error?.Summary);
        Assert.Equal($"Failed to load kernel extension \"Fixture.BrokenExtension\" from {ExtensionPackage.Id}.Interactive.Broken.dll: InvalidOperationException: broken on purpose\n", load.Stderr);
        Assert.Contains("formatted by the extension", Assert.Single(shown.Value!.Value.Data, d => d.Key == "text/html").Value, StringComparison.Ordinal);
    }
}
