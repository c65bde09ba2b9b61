using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Jupyter.KernelSpecs;

/// <summary>Installs and removes this kernel's kernelspec in a Jupyter data folder; never replaces one it did not write unless forced.</summary>
public sealed partial class KernelSpecStore(string dataDirectory)
{
    /// <summary>The name existing C# notebooks carry in their kernelspec metadata.</summary>
    public const string DefaultName = ".net-csharp";

    /// <summary>The name front ends show.</summary>
    public const string DisplayName = ".NET (C#)";

    /// <summary>The metadata key that marks a kernelspec as ours.</summary>
    public const string Marker = "notebooks";

    /// <summary>The data folder this store writes to.</summary>
    public string DataDirectory { get; } = dataDirectory;

    /// <summary>Writes <c>kernels/NAME/kernel.json</c> launching <paramref name="argv"/> (which must hold <c>{connection_file}</c>).</summary>
    public KernelSpecResult Install(string name, IReadOnlyList<string> argv, bool force)
    {
        ArgumentNullException.ThrowIfNull(argv);
        if (Invalid(name) is { } problem)
        {
            return problem;
        }

        var folder = JupyterPaths.KernelDirectory(DataDirectory, name);
        var file = Path.Combine(folder, "kernel.json");
        if (File.Exists(file) && !IsOurs(file) && !force)
        {
            return new(false, $"{file} exists and was not written by this tool; use --force to replace it");
        }

        Directory.CreateDirectory(folder);
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray([.. argv.Select(a => JsonValue.Create(a))]),
            ["display_name"] = DisplayName,
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { [Marker] = new JsonObject { ["installed_by"] = "notebooks kernel install" } },
        };
        File.WriteAllText(file, spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return new(true, $"Installed kernelspec {name} ({DisplayName}) in {folder}");
    }

    /// <summary>Deletes kernelspec <paramref name="name"/> if this tool wrote it (or <paramref name="force"/>).</summary>
    public KernelSpecResult Remove(string name, bool force)
    {
        if (Invalid(name) is { } problem)
        {
            return problem;
        }

        var folder = JupyterPaths.KernelDirectory(DataDirectory, name);
        var file = Path.Combine(folder, "kernel.json");
        if (!Directory.Exists(folder))
        {
            return new(false, $"No kernelspec {name} in {Path.Combine(DataDirectory, "kernels")}");
        }

        if (!(File.Exists(file) && IsOurs(file)) && !force)
        {
            return new(false, $"{folder} was not written by this tool; use --force to remove it");
        }

        Directory.Delete(folder, recursive: true);
        return new(true, $"Removed kernelspec {name} from {folder}");
    }

    /// <summary>Whether the kernelspec file carries our marker.</summary>
    public static bool IsOurs(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file))?["metadata"]?[Marker] is JsonObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static KernelSpecResult? Invalid(string name) =>
        ValidName().IsMatch(name) && name.Trim('.').Length > 0 ? null : new(false, $"'{name}' is not a valid kernel name (letters, digits, '.', '_' and '-')");

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex ValidName();
}
