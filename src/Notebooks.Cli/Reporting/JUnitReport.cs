using System.Globalization;
using System.Xml.Linq;
using Notebooks.Kernel.Model;
using Notebooks.Kernel.Running;

namespace Notebooks.Cli.Reporting;

/// <summary>JUnit XML: a suite per notebook, a test case per code cell (<c>notebook › cell N [id]: first line</c>).</summary>
internal static class JUnitReport
{
    /// <summary>The report for <paramref name="results"/> and the notebooks that could not be read.</summary>
    public static XDocument Create(IReadOnlyList<NotebookResult> results, IReadOnlyList<NotebookFormatException> unreadable)
    {
        var suites = results.Select(Suite).Concat(unreadable.Select(Unreadable)).ToList();
        var root = new XElement(
            "testsuites",
            new XAttribute("name", "notebooks"),
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            new XAttribute("errors", suites.Sum(s => (int)s.Attribute("errors")!)),
            new XAttribute("skipped", suites.Sum(s => (int)s.Attribute("skipped")!)),
            new XAttribute("time", Seconds(results.Aggregate(TimeSpan.Zero, (total, r) => total + r.Duration))),
            suites);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static XElement Suite(NotebookResult result)
    {
        var name = Path.GetFileName(result.Path);
        var cases = result.Cells.Select(cell => Case(name, cell)).ToList();
        return new XElement(
            "testsuite",
            new XAttribute("name", result.Path),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", result.Cells.Count(c => c.Kind is CellResultKind.Failed or CellResultKind.TimedOut)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", result.Cells.Count(c => c.Kind is CellResultKind.Skipped or CellResultKind.NotRun)),
            new XAttribute("time", Seconds(result.Duration)),
            result.Engine is { } engine ? new XElement("properties", new XElement("property", new XAttribute("name", "engine"), new XAttribute("value", engine))) : null,
            cases);
    }

    private static XElement Case(string notebook, CellResult cell)
    {
        var element = new XElement(
            "testcase",
            new XAttribute("classname", Path.GetFileNameWithoutExtension(notebook)),
            new XAttribute("name", $"{notebook} › {cell.Label}: {cell.FirstLine}"),
            new XAttribute("time", Seconds(cell.Duration)));
        switch (cell.Kind)
        {
            case CellResultKind.Failed or CellResultKind.TimedOut:
                element.Add(new XElement(
                    "failure",
                    new XAttribute("message", cell.Error?.Summary ?? cell.Kind.ToString()),
                    new XAttribute("type", cell.Error?.Name ?? cell.Kind.ToString()),
                    string.Join('\n', cell.Error?.Traceback ?? [])));
                break;
            case CellResultKind.Skipped or CellResultKind.NotRun:
                element.Add(new XElement("skipped", new XAttribute("message", cell.Reason ?? cell.Kind.ToString())));
                break;
        }

        return element;
    }

    private static XElement Unreadable(NotebookFormatException error) => new(
        "testsuite",
        new XAttribute("name", error.Path),
        new XAttribute("tests", 1),
        new XAttribute("failures", 0),
        new XAttribute("errors", 1),
        new XAttribute("skipped", 0),
        new XAttribute("time", "0"),
        new XElement(
            "testcase",
            new XAttribute("classname", Path.GetFileNameWithoutExtension(error.Path)),
            new XAttribute("name", $"{Path.GetFileName(error.Path)} › read"),
            new XElement("error", new XAttribute("message", error.Message), new XAttribute("type", nameof(NotebookFormatException)))));

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
