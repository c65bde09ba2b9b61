using System.Text.Json.Nodes;
using Notebooks.Cli;

namespace Notebooks.Jupyter.Tests.Commands;

public sealed class KernelCommandTests : IDisposable
{
    private readonly string prefix = Directory.CreateTempSubdirectory("nb-kernel-cmd").FullName;

    private string SpecFile(string name = ".net-csharp") => Path.Combine(prefix, "share", "jupyter", "kernels", name, "kernel.json");

    private static async Task<(int Code, string Output, string Error)> Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.InvokeAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Install_Prefix_WritesSpecLaunchingThisBuildsKernel()
    {
        var (code, output, _) = await Invoke("kernel", "install", "--prefix", prefix);

        Assert.Equal(0, code);
        Assert.Contains("Installed kernelspec .net-csharp", output, StringComparison.Ordinal);
        var argv = JsonNode.Parse(File.ReadAllText(SpecFile()))!["argv"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.EndsWith("notebooks.dll", argv[1], StringComparison.Ordinal);
        Assert.Equal(["kernel", "run", "{connection_file}"], argv[2..]);
    }

    [Fact]
    public async Task Install_Name_UsesIt()
    {
        Assert.Equal(0, (await Invoke("kernel", "install", "--prefix", prefix, "--name", "csharp-dev")).Code);
        Assert.True(File.Exists(SpecFile("csharp-dev")));
    }

    [Fact]
    public async Task Install_ForeignSpecWithoutForce_ExitsOneAndSaysForce()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SpecFile())!);
        await File.WriteAllTextAsync(SpecFile(), "{\"argv\": [\"x\"]}");

        var (code, _, error) = await Invoke("kernel", "install", "--prefix", prefix);

        Assert.Equal(1, code);
        Assert.Contains("was not written by this tool; use --force", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_UserAndPrefix_ExitsOne()
    {
        var (code, _, error) = await Invoke("kernel", "install", "--user", "--prefix", prefix);

        Assert.Equal(1, code);
        Assert.Contains("--user and --prefix cannot be used together", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_AfterInstall_DeletesTheSpec()
    {
        await Invoke("kernel", "install", "--prefix", prefix);

        var (code, output, _) = await Invoke("kernel", "remove", "--prefix", prefix);

        Assert.Equal(0, code);
        Assert.Contains("Removed kernelspec .net-csharp", output, StringComparison.Ordinal);
        Assert.False(File.Exists(SpecFile()));
    }

    [Fact]
    public async Task Remove_Missing_ExitsOne()
    {
        var (code, _, error) = await Invoke("kernel", "remove", "--prefix", prefix);

        Assert.Equal(1, code);
        Assert.Contains("No kernelspec .net-csharp", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingConnectionFile_ExitsOne()
    {
        var (code, _, error) = await Invoke("kernel", "run", Path.Combine(prefix, "absent.json"));

        Assert.Equal(1, code);
        Assert.Contains("no such connection file", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(prefix, recursive: true);
}
