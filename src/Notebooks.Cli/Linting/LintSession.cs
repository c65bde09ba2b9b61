using Notebooks.Cli.Running;
using Notebooks.Kernel.Formats;
using Notebooks.Kernel.Model;

namespace Notebooks.Cli.Linting;

/// <summary>One <c>lint</c> run: every finding on its own line naming file and cell; exit 2 when there are findings.</summary>
internal static class LintSession
{
    public static int Run(IReadOnlyList<string> paths, TextWriter output, TextWriter errors)
    {
        var (notebooks, problems) = NotebookDiscovery.Find(paths);
        foreach (var problem in problems)
        {
            errors.WriteLine($"error: {problem}");
        }

        var findings = new List<LintFinding>();
        var unreadable = 0;
        foreach (var path in notebooks.Where(n => n.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                var notebook = NotebookFile.Read(path);
                findings.AddRange(NotebookLinter.Check(path, notebook, PackageVersions.Find(Path.GetDirectoryName(Path.GetFullPath(path))!)));
            }
            catch (NotebookFormatException e)
            {
                unreadable++;
                errors.WriteLine($"error: {e.Message}");
            }
        }

        foreach (var finding in findings)
        {
            output.WriteLine(finding);
        }

        output.WriteLine($"{notebooks.Count} notebook(s) checked: {findings.Count} problem(s) in {findings.Select(f => f.Path).Distinct().Count()} notebook(s)");
        return problems.Count > 0 || unreadable > 0 ? ExitCodes.UsageOrInput : findings.Count > 0 ? ExitCodes.CellFailed : ExitCodes.Success;
    }
}
