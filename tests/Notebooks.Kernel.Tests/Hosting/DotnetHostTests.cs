using Notebooks.Kernel.Hosting;

namespace Notebooks.Kernel.Tests.Hosting;

public sealed class DotnetHostTests
{
    private static readonly string Name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "sdk-root");
    private static readonly string Runtime = Path.Combine(Root, "shared", "Microsoft.NETCore.App", "10.0.0");
    private static readonly string Installed = Path.Combine(Root, Name);
    private static readonly string Variable = Path.Combine(Path.GetTempPath(), "other-sdk", Name);

    [Fact]
    public void Find_ProcessIsTheHost_IsThatProcessEvenWhenTheVariableNamesAnother()
    {
        var process = Path.Combine(Path.GetTempPath(), "this-sdk", Name);

        Assert.Equal(process, DotnetHost.Find(process, Runtime, Variable, _ => true));
    }

    [Fact]
    public void Find_AnAppHost_IsTheHostOfTheRuntimeItRunsOn()
    {
        Assert.Equal(Installed, DotnetHost.Find(Path.Combine(Root, "tools", "notebooks"), Runtime, Variable, _ => true));
    }

    [Fact]
    public void Find_NoHostBesideTheRuntime_IsTheVariable_ThenThePath()
    {
        Assert.Equal(Variable, DotnetHost.Find(null, Runtime, Variable, path => path == Variable));
        Assert.Equal(Name, DotnetHost.Find(null, Runtime, Variable, _ => false));
        Assert.Equal(Name, DotnetHost.Find(null, Runtime, "", path => path != Installed));
    }

    [Fact]
    public void Path_InThisTestProcess_IsAnExistingHost()
    {
        Assert.True(File.Exists(DotnetHost.Path), DotnetHost.Path);
    }
}
