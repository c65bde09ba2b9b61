using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Notebooks.Kernel.Model;

namespace Notebooks.Kernel.Formats;

/// <summary>Parses notebook JSON so that every problem, even one System.Text.Json finds lazily, is a <see cref="NotebookFormatException"/>.</summary>
internal static class JsonInput
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 128, AllowDuplicateProperties = false };

    /// <summary>Parses <paramref name="utf8"/>; places are <c>line:column</c> (UTF-16 columns, as editors count), starting at <paramref name="firstLine"/>.</summary>
    public static JsonNode? Parse(ReadOnlySpan<byte> utf8, string path, int firstLine = 1)
    {
        if (!Utf8.IsValid(utf8))
        {
            throw new NotebookFormatException(path, Place(utf8, FirstInvalidUtf8(utf8), firstLine), "not UTF-8 text");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? Place(utf8, LineStart(utf8, line) + (e.BytePositionInLine ?? 0), firstLine) : null;
            throw new NotebookFormatException(path, where, "not valid JSON: " + FirstSentence(e.Message), e);
        }

        // System.Text.Json only rejects a lone surrogate escape (\ud800) when the string is read, so read every escaped one now;
        // a float beyond double (1e400) would be written back as Python's Infinity, which is not JSON.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = DocumentOptions.MaxDepth });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                try
                {
                    reader.GetString();
                }
                catch (InvalidOperationException e)
                {
                    throw new NotebookFormatException(path, Place(utf8, reader.TokenStartIndex, firstLine), "a string holds an invalid \\u escape (a lone surrogate)", e);
                }
            }
            else if (reader.TokenType == JsonTokenType.Number && reader.ValueSpan.IndexOfAny("eE."u8) >= 0
                && !(double.TryParse(reader.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)))
            {
                throw new NotebookFormatException(path, Place(utf8, reader.TokenStartIndex, firstLine), "a number is too large for a double");
            }
        }

        return root;
    }

    private static string Place(ReadOnlySpan<byte> utf8, long offset, int firstLine)
    {
        var before = utf8[..(int)Math.Min(offset, utf8.Length)];
        var start = before.LastIndexOf((byte)'\n') + 1;
        return $"{firstLine + before.Count((byte)'\n')}:{Encoding.UTF8.GetCharCount(before[start..]) + 1}";
    }

    private static long LineStart(ReadOnlySpan<byte> utf8, long line)
    {
        var start = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        return start;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var index = 0;
        while (index < utf8.Length && Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed) == OperationStatus.Done)
        {
            index += consumed;
        }

        return index;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
