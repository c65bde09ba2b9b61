using System.Text.Json.Nodes;
using Notebooks.Jupyter.KernelSpecs;

namespace Notebooks.Jupyter.Tests.KernelSpecs;

public sealed class KernelSpecStoreTests : IDisposable
{
    private static readonly string[] Argv = ["dotnet", "notebooks.dll", "kernel", "run", "{connection_file}"];
    private readonly string data = Directory.CreateTempSubdirectory("nb-spec").FullName;

    private string SpecFile(string name = KernelSpecStore.DefaultName) => Path.Combine(data, "kernels", name, "kernel.json");

    [Fact]
    public void Install_Fresh_WritesKernelJsonWithArgvDisplayNameLanguageAndMarker()
    {
        var result = new KernelSpecStore(data).Install(KernelSpecStore.DefaultName, Argv, force: false);

        Assert.True(result.Succeeded, result.Message);
        var spec = JsonNode.Parse(File.ReadAllText(SpecFile()))!;
        Assert.Equal(Argv, spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(".NET (C#)", spec["display_name"]!.GetValue<string>());
        Assert.Equal("C#", spec["language"]!.GetValue<string>());
        Assert.True(KernelSpecStore.IsOurs(SpecFile()));
    }

    [Fact]
    public void Install_OverOwnSpec_Replaces()
    {
        var store = new KernelSpecStore(data);
        store.Install(KernelSpecStore.DefaultName, Argv, force: false);

        Assert.True(store.Install(KernelSpecStore.DefaultName, Argv, force: false).Succeeded);
    }

    [Fact]
    public void Install_OverForeignSpec_RefusesAndKeepsIt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SpecFile())!);
        File.WriteAllText(SpecFile(), """{"argv": ["other"], "display_name": "Other", "language": "C#"}""");

        var result = new KernelSpecStore(data).Install(KernelSpecStore.DefaultName, Argv, force: false);

        Assert.False(result.Succeeded);
        Assert.Contains("--force", result.Message, StringComparison.Ordinal);
        Assert.Contains("other", File.ReadAllText(SpecFile()), StringComparison.Ordinal);
    }

    [Fact]
    public void Install_OverForeignSpecForced_Replaces()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SpecFile())!);
        File.WriteAllText(SpecFile(), """{"argv": ["other"]}""");

        Assert.True(new KernelSpecStore(data).Install(KernelSpecStore.DefaultName, Argv, force: true).Succeeded);
        Assert.True(KernelSpecStore.IsOurs(SpecFile()));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Install_InvalidName_Refuses(string name)
    {
        var result = new KernelSpecStore(data).Install(name, Argv, force: true);

        Assert.False(result.Succeeded);
        Assert.Contains("not a valid kernel name", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_OwnSpec_DeletesItsFolder()
    {
        var store = new KernelSpecStore(data);
        store.Install("mine", Argv, force: false);

        Assert.True(store.Remove("mine", force: false).Succeeded);
        Assert.False(Directory.Exists(Path.GetDirectoryName(SpecFile("mine"))));
    }

    [Fact]
    public void Remove_ForeignSpec_Refuses()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SpecFile())!);
        File.WriteAllText(SpecFile(), "{}");

        Assert.False(new KernelSpecStore(data).Remove(KernelSpecStore.DefaultName, force: false).Succeeded);
        Assert.True(File.Exists(SpecFile()));
    }

    [Fact]
    public void Remove_Missing_SaysSo()
    {
        var result = new KernelSpecStore(data).Remove("absent", force: false);

        Assert.False(result.Succeeded);
        Assert.StartsWith("No kernelspec absent", result.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(data, recursive: true);
}
