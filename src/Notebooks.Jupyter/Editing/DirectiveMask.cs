using System.Text;

namespace Notebooks.Jupyter.Editing;

/// <summary>Blanks the kernel's directive lines (<c>#!</c>, <c>#r</c>, <c>#i</c>) so C# tools see plain code at the same offsets.</summary>
internal static class DirectiveMask
{
    public static string Apply(string code)
    {
        var masked = new StringBuilder(code.Length);
        foreach (var line in code.Split('\n'))
        {
            if (masked.Length > 0)
            {
                masked.Append('\n');
            }

            var trimmed = line.TrimStart();
            var directive = trimmed.StartsWith("#!", StringComparison.Ordinal) || trimmed.StartsWith("#r ", StringComparison.Ordinal) || trimmed.StartsWith("#i ", StringComparison.Ordinal);
            masked.Append(directive ? new string(' ', line.Length) : line);
        }

        return masked.ToString();
    }
}
