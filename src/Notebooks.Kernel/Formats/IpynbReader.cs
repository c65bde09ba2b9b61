using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Formats;

/// <summary>Reads nbformat 4.x notebooks; every problem is a <see cref="NotebookFormatException"/> naming the file and place.</summary>
internal static partial class IpynbReader
{
    /// <summary>Parses notebook JSON held in memory; <paramref name="path"/> names it in errors.</summary>
    public static Notebook Parse(ReadOnlySpan<byte> utf8, string path)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (JsonInput.Parse(utf8, path) is not JsonObject obj)
        {
            throw new NotebookFormatException(path, null, "not a notebook: the top level is not a JSON object");
        }

        return FromJson(obj, path);
    }

    private static Notebook FromJson(JsonObject obj, string path)
    {
        var major = Integer(obj["nbformat"]) ?? throw new NotebookFormatException(path, null, "missing or non-integer \"nbformat\"");
        if (major != Notebook.FormatMajor)
        {
            throw new NotebookFormatException(path, null, $"nbformat {major} is not supported (only nbformat 4.x)");
        }

        var minor = Integer(obj["nbformat_minor"]) ?? throw new NotebookFormatException(path, null, "missing or non-integer \"nbformat_minor\"");
        if (minor is < 0 or > int.MaxValue)
        {
            throw new NotebookFormatException(path, null, $"\"nbformat_minor\" is out of range ({minor})");
        }

        var notebook = new Notebook { FormatMinor = (int)minor };
        notebook.Metadata = ObjectOrEmpty(obj["metadata"], path, null, "metadata");
        if (obj["cells"] is not JsonArray cells)
        {
            throw new NotebookFormatException(path, null, "missing \"cells\" (or it is not a list)");
        }

        for (var i = 0; i < cells.Count; i++)
        {
            notebook.Cells.Add(ReadCell(cells[i], path, i + 1));
        }

        foreach (var (key, value) in obj)
        {
            if (key is not ("nbformat" or "nbformat_minor" or "metadata" or "cells"))
            {
                notebook.Extra[key] = value?.DeepClone();
            }
        }

        return notebook;
    }

    private static NotebookCell ReadCell(JsonNode? node, string path, int number)
    {
        var where = $"cell {number}";
        if (node is not JsonObject obj)
        {
            throw new NotebookFormatException(path, where, "the cell is not a JSON object");
        }

        var kind = (obj["cell_type"] as JsonValue)?.TryGetValue(out string? type) == true ? type : null;
        var cellKind = kind switch
        {
            "code" => CellKind.Code,
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            null => throw new NotebookFormatException(path, where, "the cell has no \"cell_type\""),
            _ => throw new NotebookFormatException(path, where, $"unknown cell_type \"{kind}\""),
        };

        var id = ReadId(obj, path, where);
        where = id is null ? where : $"{where} [{id}]";
        var source = MultilineText.Join(obj["source"])
            ?? throw new NotebookFormatException(path, where, "\"source\" is missing or not a string or list of strings");
        var cell = new NotebookCell(cellKind, source, id) { Metadata = ObjectOrEmpty(obj["metadata"], path, where, "metadata") };
        long size = source.Length;

        if (cellKind == CellKind.Code)
        {
            cell.ExecutionCount = obj["execution_count"] switch
            {
                null => null,
                var count => Integer(count) is { } n and >= int.MinValue and <= int.MaxValue
                    ? (int)n
                    : throw new NotebookFormatException(path, where, "\"execution_count\" is not an integer or null"),
            };
            if (obj["outputs"] is { } outputs)
            {
                if (outputs is not JsonArray list)
                {
                    throw new NotebookFormatException(path, where, "\"outputs\" is not a list");
                }

                foreach (var output in list)
                {
                    var read = OutputReader.Read(output, path, where);
                    size += OutputReader.Size(read);
                    cell.Outputs.Add(read);
                }
            }
        }

        if (size > NotebookLimits.MaxCellChars)
        {
            throw new NotebookFormatException(path, where, $"the cell holds {NotebookLimits.Megabytes(size)} of text, over the {NotebookLimits.Megabytes(NotebookLimits.MaxCellChars)} limit");
        }

        foreach (var (key, value) in obj)
        {
            if (key is not ("cell_type" or "id" or "source" or "metadata" or "outputs" or "execution_count"))
            {
                cell.Extra[key] = value?.DeepClone();
            }
        }

        return cell;
    }

    private static string? ReadId(JsonObject obj, string path, string where)
    {
        if (obj["id"] is null)
        {
            return null;
        }

        if (obj["id"] is not JsonValue value || !value.TryGetValue(out string? id) || !CellIdPattern().IsMatch(id))
        {
            throw new NotebookFormatException(path, where, "\"id\" must be 1-64 characters of letters, digits, '-' and '_'");
        }

        return id;
    }

    internal static JsonObject ObjectOrEmpty(JsonNode? node, string path, string? where, string name) => node switch
    {
        null => [],
        JsonObject obj => (JsonObject)obj.DeepClone(),
        _ => throw new NotebookFormatException(path, where, $"\"{name}\" is not a JSON object"),
    };

    internal static long? Integer(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out JsonElement e) && e.TryGetInt64(out var n)
            ? n
            : null;

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex CellIdPattern();
}
