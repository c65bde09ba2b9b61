using System.Text;

namespace Notebooks.Kernel.Tests.Formats;

/// <summary>Access to the files in Fixtures/, copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name), Encoding.UTF8);

    /// <summary>The valid .ipynb fixtures the mutation and round-trip tests start from.</summary>
    public static readonly string[] Notebooks = ["canonical.ipynb", "minor4.ipynb", "noncanonical.ipynb"];
}
