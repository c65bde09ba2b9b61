using System.Runtime.InteropServices;
using System.Security;

namespace Notebooks.Kernel.Packages;

/// <summary>The MSBuild project a restore runs: package references, extra sources and a target that lists the assets.</summary>
internal static class RestoreProject
{
    public const string AssetsFile = "assets.txt";

    /// <summary>The project's XML for <paramref name="packages"/> restored from the extra <paramref name="sources"/>.</summary>
    public static string Create(IEnumerable<PackageRequest> packages, IEnumerable<string> sources, string? packagesPath)
    {
        var references = string.Concat(packages.Select(p =>
            $"\n    <PackageReference Include=\"{Escape(p.Id)}\" Version=\"{Escape(p.Version ?? "*")}\" />"));
        var restorePath = packagesPath is null ? "" : $"\n    <RestorePackagesPath>{Escape(packagesPath)}</RestorePackagesPath>";
        return $"""
            <Project>
              <PropertyGroup>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                <ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets>
                <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
              </PropertyGroup>
              <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" />
              <PropertyGroup>
                <TargetFramework>net{Environment.Version.Major}.{Environment.Version.Minor}</TargetFramework>
                <RuntimeIdentifier>{RuntimeInformation.RuntimeIdentifier}</RuntimeIdentifier>
                <SelfContained>false</SelfContained>
                <UseAppHost>false</UseAppHost>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <RestoreAdditionalProjectSources>{Escape(string.Join(';', sources))}</RestoreAdditionalProjectSources>
                <GenerateDependencyFile>false</GenerateDependencyFile>
                <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>{restorePath}
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />{references}
              </ItemGroup>
              <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk" />
              <Target Name="ListNotebookAssets" DependsOnTargets="ResolveReferences">
                <ItemGroup>
                  <_NotebookAsset Include="@(ReferenceCopyLocalPaths)" Condition="'%(ReferenceCopyLocalPaths.AssetType)' == 'runtime' and '%(ReferenceCopyLocalPaths.Extension)' == '.dll'" Kind="runtime" />
                  <_NotebookAsset Include="@(ReferenceCopyLocalPaths)" Condition="'%(ReferenceCopyLocalPaths.AssetType)' == 'native'" Kind="native" />
                </ItemGroup>
                <WriteLinesToFile File="$(MSBuildProjectDirectory)/{AssetsFile}" Overwrite="true"
                  Lines="@(_NotebookAsset->'%(Kind)|%(FullPath)|%(NuGetPackageId)|%(NuGetPackageVersion)')" />
              </Target>
            </Project>

            """;
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
