using System.Text.Json;
using Notebooks.Tests.Support;
using Notebooks.Testing;

namespace Notebooks.Tests;

/// <summary>The files that set up other machines (the dev container, the GitHub workflow) parse and say what they must.</summary>
public sealed class RepositoryFilesTests
{
    private static readonly string DevContainer = Path.Combine(Collection.Root, ".devcontainer");

    [Fact]
    public void DevContainerJson_ParsesAsJsonWithComments_AndUsesTheComposeFile()
    {
        var root = ReadDevContainer();

        Assert.Equal("docker-compose.yml", root.GetProperty("dockerComposeFile").GetString());
        Assert.True(File.Exists(Path.Combine(DevContainer, "docker-compose.yml")));
        Assert.Contains("dotnet build", root.GetProperty("postCreateCommand").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DevContainerJson_RestoresTheDotnetInteractiveTool_BeforeTheBuild()
    {
        var command = ReadDevContainer().GetProperty("postCreateCommand").GetString()!;

        Assert.Contains("dotnet tool restore", command, StringComparison.Ordinal);
        Assert.True(command.IndexOf("dotnet tool restore", StringComparison.Ordinal) < command.IndexOf("dotnet build", StringComparison.Ordinal), command);
    }

    [Fact]
    public void DevContainerJson_RecommendsTheNotebookExtensions()
    {
        var extensions = ReadDevContainer().GetProperty("customizations").GetProperty("vscode").GetProperty("extensions")
            .EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Contains("ms-dotnettools.csdevkit", extensions);
        Assert.Contains("ms-toolsai.jupyter", extensions);
        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", extensions);
    }

    [Fact]
    public void DevContainerJson_GivesThePostgresConnectionString()
    {
        var connection = ReadDevContainer().GetProperty("remoteEnv").GetProperty("ASYNC_NOTEBOOKS_POSTGRES").GetString();

        Assert.Contains("Host=localhost", connection, StringComparison.Ordinal);
    }

    [ToolFact("docker-compose", "docker-compose")]
    public async Task ComposeFile_PassesDockerComposeConfig_WithTheDevAndDatabaseServices()
    {
        var compose = ChildProcess.Find("docker-compose") ?? throw new InvalidOperationException("docker-compose is not installed; .ci/run installs it");

        var result = await ChildProcess.RunAsync(compose, ["config", "--services"], TimeSpan.FromMinutes(2), DevContainer);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(["db", "dev"], result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal));
    }

    [ToolFact("python3", "python3-yaml")]
    public async Task Workflow_IsValidYaml_RunsTheCiScript_AndUploadsTheSiteAndJUnit()
    {
        // The system interpreter is the one apt installs PyYAML for; a python3 earlier on PATH may lack it.
        var python = Environment.GetEnvironmentVariable("NBFORMAT_PYTHON")
            ?? (File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : ChildProcess.Find("python3"))
            ?? throw new InvalidOperationException("python3 is not installed");
        const string Script = """
            import json, sys, yaml
            flow = yaml.safe_load(open(".github/workflows/ci.yml"))
            steps = flow["jobs"]["build-and-test"]["steps"]
            print(json.dumps({"runs": [s.get("run") for s in steps], "uploads": [s["with"]["path"] for s in steps if "upload-artifact" in s.get("uses", "")]}))
            """;

        var result = await ChildProcess.RunAsync(python, ["-c", Script], TimeSpan.FromMinutes(2), Collection.Root);

        Assert.True(result.ExitCode == 0, result.Output);
        var summary = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Contains(".ci/run", summary.GetProperty("runs").EnumerateArray().Select(r => r.GetString()));
        var uploads = string.Join('\n', summary.GetProperty("uploads").EnumerateArray().Select(u => u.GetString()));
        Assert.Contains("artifacts/site", uploads, StringComparison.Ordinal);
        Assert.Contains("artifacts/junit/notebooks.xml", uploads, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CiScript_ProducesTheReportsTheWorkflowUploads()
    {
        var script = await File.ReadAllTextAsync(Path.Combine(Collection.Root, ".ci", "run"));

        Assert.Contains("--junit artifacts/junit/notebooks.xml --html artifacts/site", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CiScript_RestoresTheDotnetInteractiveTool_BeforeTheTests()
    {
        var script = await File.ReadAllTextAsync(Path.Combine(Collection.Root, ".ci", "run"));

        var restore = script.IndexOf("\ndotnet tool restore\n", StringComparison.Ordinal);
        Assert.True(restore >= 0, "the script does not run `dotnet tool restore` on a line of its own");
        Assert.True(restore < script.IndexOf("\ndotnet test", StringComparison.Ordinal), "`dotnet tool restore` comes after `dotnet test`");
    }

    private static JsonElement ReadDevContainer()
    {
        var text = File.ReadAllText(Path.Combine(DevContainer, "devcontainer.json"));
        return JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement;
    }
}
