using Notebooks.Kernel.Execution;
using Notebooks.Kernel.Packages;
using Notebooks.Kernel.Tests.Support;

namespace Notebooks.Kernel.Tests.Packages;

/// <summary>Restores through the real NuGet client against the configured registry.</summary>
public sealed class PackageTests
{
    private const string Sqlite = "#r \"nuget: Microsoft.Data.Sqlite, 10.0.13\"";
    private readonly NuGetRestorer restorer = new(Directory.CreateTempSubdirectory("nb-restore").FullName);

    [Fact]
    public async Task NuGetReference_WithANativeAsset_LoadsAndRunsSqlite()
    {
        await using var kernel = new CSharpKernel(new KernelOptions { Restorer = restorer });

        var run = await CellRun.Of(kernel, $"""
            {Sqlite}
            using Microsoft.Data.Sqlite;
            var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            var command = connection.CreateCommand();
            command.CommandText = "select sqlite_version()";
            command.ExecuteScalar()
            """);

        Assert.True(run.Status == CellStatus.Succeeded, run.Error?.Value);
        Assert.Matches(@"^3\.\d+\.\d+$", run.Value);
    }

    [Fact]
    public async Task Restore_TheSamePackageSetAgain_ComesFromTheCache()
    {
        PackageRequest[] packages = [new("Microsoft.Data.Sqlite", "10.0.13")];

        var first = await restorer.RestoreAsync(packages, []);
        var second = await restorer.RestoreAsync(packages, []);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.Assemblies, second.Assemblies);
        Assert.Contains(second.NativeLibraries, p => Path.GetFileName(p).Contains("e_sqlite3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NuGetReference_ASecondVersionOfALoadedPackage_IsAnErrorNamingBoth()
    {
        await using var kernel = new CSharpKernel(new KernelOptions { Restorer = restorer });
        await CellRun.Of(kernel, Sqlite);

        var run = await CellRun.Of(kernel, "#r \"nuget: Microsoft.Data.Sqlite, 10.0.14\"");

        Assert.Equal("PackageVersionConflict", run.Error!.Name);
        Assert.Contains("10.0.13", run.Error.Value, StringComparison.Ordinal);
        Assert.Contains("10.0.14", run.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NuGetReference_ToAPackageThatDoesNotExist_IsARestoreError()
    {
        await using var kernel = new CSharpKernel(new KernelOptions { Restorer = restorer });

        var run = await CellRun.Of(kernel, "#r \"nuget: Notebooks.No.Such.Package.Anywhere, 1.0.0\"");

        Assert.Equal(CellStatus.Failed, run.Status);
        Assert.Equal("RestoreError", run.Error!.Name);
        Assert.Contains("Notebooks.No.Such.Package.Anywhere", run.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalFeed_PackageWithExtensionDib_RunsTheExtension_AndARebuildIsPickedUp()
    {
        var folder = Directory.CreateTempSubdirectory("nb-feed").FullName;
        var cell = $"#i \"nuget: {Path.Combine(folder, "feed")}\"\n#r \"nuget: Notebooks.TestExtension, 1.0.0\"\nextensionMarker + \"/\" + Marker.Value";
        const string Dib = "#!csharp\n\nvar extensionMarker = \"loaded\";";

        LocalPackage.Create(Path.Combine(folder, "feed"), "Notebooks.TestExtension", "1.0.0", "public static class Marker { public static string Value => \"one\"; }", Dib);
        var first = await RunInFreshKernel(folder, cell);
        LocalPackage.Create(Path.Combine(folder, "feed"), "Notebooks.TestExtension", "1.0.0", "public static class Marker { public static string Value => \"two!\"; }", Dib);
        var second = await RunInFreshKernel(folder, cell);

        Assert.True(first.Status == CellStatus.Succeeded, first.Error?.Value);
        Assert.Equal("loaded/one", first.Value);
        Assert.Equal("loaded/two!", second.Value);
    }

    [Fact]
    public async Task NuGetReference_TheSamePackagesInASecondKernel_LoadTheSameAssemblies()
    {
        // Two copies would make a package's types differ from its dependents' view of them (MissingMethodException).
        var folder = Directory.CreateTempSubdirectory("nb-twice").FullName;
        const string Cell = Sqlite + "\nSystem.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly)";

        var first = await RunInFreshKernel(folder, Cell);
        var second = await RunInFreshKernel(folder, Cell);

        Assert.True(first.Status == CellStatus.Succeeded, first.Error?.Value);
        Assert.Equal(first.Value, second.Value);
    }

    private async Task<CellRun> RunInFreshKernel(string folder, string code)
    {
        await using var kernel = new CSharpKernel(new KernelOptions { BaseDirectory = folder, Restorer = restorer });
        return await CellRun.Of(kernel, code);
    }
}
