using System.Text;
using System.Text.RegularExpressions;

namespace Notebooks.Kernel.Tests.Formats;

/// <summary>Random, reproducible damage to notebook text: byte noise, cut and copied spans, swapped tokens, values of the wrong type.</summary>
internal static partial class JsonMutator
{
    private static readonly string[] Keys =
    [
        "cells", "source", "outputs", "metadata", "execution_count", "nbformat", "nbformat_minor", "cell_type", "id",
        "output_type", "data", "text", "name", "attachments", "traceback", "text/plain", "application/json", "kernelInfo", "items",
        "defaultKernelName", "aliases", "polyglot_notebook", "kernelName", "tags",
    ];

    private static readonly string[] Values =
    [
        "3", "-1", "0", "4", "5", "3.5", "1e400", "-1e400", "2147483648", "9223372036854775808", "-9223372036854775809",
        "1" + new string('0', 400), "{}", "[]", "[1]", "[null]", "[{}]", "[[]]", "\"x\"", "\"\"", "null", "true", "false",
        "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"bad id!\"", "\"code\"", "\"markdown\"", "\"raw\"", "\"stream\"", "\"error\"",
        "\"display_data\"", "{\"text/plain\": [1]}", "{\"a\": 1, \"a\": 2}", "[\"a\", 1]", "{\"output_type\": \"stream\"}",
        new string('[', 60) + new string(']', 60), new string('[', 300) + new string(']', 300),
        "{\"d\":" + string.Concat(Enumerable.Repeat("{\"d\":", 140)) + "1" + new string('}', 141),
    ];

    private static readonly string[] Noise = ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "-", "e", "\n", "\uD83D", "🎉", "日", "\u2028", "#!csharp\n", "#!meta\n"];

    /// <summary>Applies one to three random mutations; <paramref name="log"/> names them for reproduction.</summary>
    public static byte[] Mutate(byte[] input, Random random, List<string> log)
    {
        var bytes = input;
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            bytes = MutateOnce(bytes, random, log);
        }

        return bytes;
    }

    private static byte[] MutateOnce(byte[] bytes, Random random, List<string> log)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var kind = random.Next(9);
        switch (kind)
        {
            case 0 when bytes.Length > 0:
                var copy = (byte[])bytes.Clone();
                var at = random.Next(copy.Length);
                copy[at] ^= (byte)(1 << random.Next(8));
                log.Add($"flip byte {at}");
                return copy;
            case 1:
                var cut = random.Next(bytes.Length + 1);
                log.Add($"truncate at {cut}");
                return bytes[..cut];
            case 2:
                var (start, length) = Span(text, random);
                log.Add($"delete {length} chars at {start}");
                return Encoding.UTF8.GetBytes(text.Remove(start, length));
            case 3:
                var (from, size) = Span(text, random);
                var into = random.Next(text.Length + 1);
                log.Add($"copy {size} chars from {from} to {into}");
                return Encoding.UTF8.GetBytes(text.Insert(into, text.Substring(from, size)));
            case 4:
                return Encoding.UTF8.GetBytes(SwapTokens(text, random, log));
            case 5 or 6:
                return Encoding.UTF8.GetBytes(ReplaceValue(text, random, log));
            case 7:
                var noise = Noise[random.Next(Noise.Length)];
                var where = random.Next(text.Length + 1);
                log.Add($"insert {Escape(noise)} at {where}");
                return Encoding.UTF8.GetBytes(text.Insert(where, noise));
            default:
                var junk = new byte[random.Next(1, 4)];
                random.NextBytes(junk);
                var pos = random.Next(bytes.Length + 1);
                log.Add($"insert bytes {Convert.ToHexString(junk)} at {pos}");
                return [.. bytes.AsSpan(0, pos), .. junk, .. bytes.AsSpan(pos)];
        }
    }

    private static (int Start, int Length) Span(string text, Random random)
    {
        var start = random.Next(text.Length + 1);
        return (start, random.Next(Math.Min(text.Length - start, 200) + 1));
    }

    private static string SwapTokens(string text, Random random, List<string> log)
    {
        var tokens = Token().Matches(text);
        if (tokens.Count < 2)
        {
            return text;
        }

        var (a, b) = (tokens[random.Next(tokens.Count)], tokens[random.Next(tokens.Count)]);
        if (a.Index > b.Index)
        {
            (a, b) = (b, a);
        }

        if (a.Index + a.Length > b.Index)
        {
            return text;
        }

        log.Add($"swap {Escape(a.Value)}@{a.Index} with {Escape(b.Value)}@{b.Index}");
        return text[..a.Index] + b.Value + text[(a.Index + a.Length)..b.Index] + a.Value + text[(b.Index + b.Length)..];
    }

    private static string ReplaceValue(string text, Random random, List<string> log)
    {
        var key = Keys[random.Next(Keys.Length)];
        var found = new List<int>();
        for (var i = text.IndexOf($"\"{key}\":", StringComparison.Ordinal); i >= 0; i = text.IndexOf($"\"{key}\":", i + 1, StringComparison.Ordinal))
        {
            found.Add(i + key.Length + 3);
        }

        if (found.Count == 0)
        {
            return text;
        }

        var start = found[random.Next(found.Count)];
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = ValueEnd(text, start);
        var value = Values[random.Next(Values.Length)];
        log.Add($"set \"{key}\"@{start} to {Escape(value)}");
        return string.Concat(text.AsSpan(0, start), value, text.AsSpan(end));
    }

    // The end of the JSON value starting at start, tolerating damage: strings, nested brackets, or a bare token.
    private static int ValueEnd(string text, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                    if (depth == 0)
                    {
                        return i + 1;
                    }
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']' || (depth == 0 && c == ','))
            {
                if (depth == 0)
                {
                    return i;
                }

                if (--depth == 0)
                {
                    return i + 1;
                }
            }
        }

        return text.Length;
    }

    private static string Escape(string s) => s.Length > 40 ? s[..40].ReplaceLineEndings("\\n") + "…" : s.ReplaceLineEndings("\\n");

    [GeneratedRegex("""("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null|[{}\[\]:,])""")]
    private static partial Regex Token();
}
