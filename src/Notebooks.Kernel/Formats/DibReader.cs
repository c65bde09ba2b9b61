using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Formats;

/// <summary>Reads Polyglot's plain-text .dib format: an optional <c>#!meta</c> header, then cells started by <c>#!kernel</c> lines.</summary>
internal static class DibReader
{
    /// <summary>Parses .dib text; <paramref name="path"/> names it in errors.</summary>
    public static Notebook Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var notebook = new Notebook();
        var start = ReadHeader(lines, notebook, path);
        var kernels = KnownKernels(notebook);
        var current = notebook.DefaultKernelName;
        var body = new List<string>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.StartsWith("#!", StringComparison.Ordinal) && kernels.TryGetValue(line[2..], out var kernel))
            {
                AddCell(notebook, current, body);
                current = kernel;
                body.Clear();
                continue;
            }

            body.Add(lines[i]);
        }

        AddCell(notebook, current, body);
        return notebook;
    }

    private static int ReadHeader(string[] lines, Notebook notebook, string path)
    {
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || lines[first].TrimEnd() != "#!meta")
        {
            return 0;
        }

        var json = first + 1;
        while (json < lines.Length && lines[json].Trim().Length == 0)
        {
            json++;
        }

        if (json == lines.Length)
        {
            throw new NotebookFormatException(path, $"{first + 1}:1", "the #!meta header has no JSON line after it");
        }

        // The header holds what .ipynb keeps in metadata.polyglot_notebook (kernelInfo and its defaultKernelName).
        var header = JsonInput.Parse(Encoding.UTF8.GetBytes(lines[json]), path, firstLine: json + 1) as JsonObject
            ?? throw new NotebookFormatException(path, $"{json + 1}:1", "the #!meta header is not a JSON object");
        notebook.Metadata = new JsonObject { ["polyglot_notebook"] = header };

        return json + 1;
    }

    private static Dictionary<string, string> KnownKernels(Notebook notebook)
    {
        var kernels = new Dictionary<string, string>(KernelNames.All, StringComparer.Ordinal);
        if (((notebook.Metadata["polyglot_notebook"] as JsonObject)?["kernelInfo"] as JsonObject)?["items"] is JsonArray items)
        {
            foreach (var item in items.OfType<JsonObject>())
            {
                if (item["name"] is JsonValue n && n.TryGetValue(out string? name))
                {
                    kernels.TryAdd(name, name);
                    foreach (var alias in (item["aliases"] as JsonArray ?? []).OfType<JsonValue>())
                    {
                        if (alias.TryGetValue(out string? a))
                        {
                            kernels.TryAdd(a.TrimStart('#', '!'), name);
                        }
                    }
                }
            }
        }

        return kernels;
    }

    private static void AddCell(Notebook notebook, string kernel, List<string> body)
    {
        var lines = body.SkipWhile(string.IsNullOrWhiteSpace).Reverse().SkipWhile(string.IsNullOrWhiteSpace).Reverse().ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var source = string.Join('\n', lines);
        var id = $"cell-{notebook.Cells.Count + 1}";
        var cell = kernel == "markdown"
            ? new NotebookCell(CellKind.Markdown, source, id)
            : new NotebookCell(CellKind.Code, source, id) { Metadata = CellMetadata.ForKernel(kernel) };
        notebook.Cells.Add(cell);
    }

    /// <summary>Reads .dib bytes, rejecting text that is not UTF-8.</summary>
    public static Notebook Parse(ReadOnlySpan<byte> utf8, string path)
    {
        try
        {
            return Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8), path);
        }
        catch (DecoderFallbackException e)
        {
            throw new NotebookFormatException(path, null, "not UTF-8 text", e);
        }
    }
}
