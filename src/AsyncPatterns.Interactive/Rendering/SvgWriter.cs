using System.Globalization;
using System.Text;
using System.Xml;

namespace AsyncPatterns.Interactive.Rendering;

/// <summary>Thin SVG element writer over <see cref="XmlWriter"/>: escapes text, drops characters XML cannot carry, formats numbers invariantly.</summary>
internal sealed class SvgWriter : IDisposable
{
    private const string Namespace = "http://www.w3.org/2000/svg";
    private static readonly System.Buffers.SearchValues<char> SafeChars = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0x20, 0xD800 - 0x20).Select(i => (char)i), '\t', '\n', '\r', .. Enumerable.Range(0xE000, 0xFFFE - 0xE000).Select(i => (char)i)]);

    private readonly StringBuilder output;
    private readonly XmlWriter xml;

    public SvgWriter(StringBuilder output, double width, double height)
    {
        this.output = output;
        xml = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false });
        xml.WriteStartElement("svg", Namespace);
        Attribute("width", width);
        Attribute("height", height);
        xml.WriteAttributeString("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width:0.##} {height:0.##}"));
        xml.WriteAttributeString("font-family", "system-ui, -apple-system, 'Segoe UI', sans-serif");
        xml.WriteAttributeString("font-size", "11");
    }

    public void Rect(double x, double y, double width, double height, string fill, string? title = null, string? cssClass = null)
    {
        xml.WriteStartElement("rect", Namespace);
        if (cssClass is not null)
        {
            xml.WriteAttributeString("class", cssClass);
        }

        Attribute("x", x);
        Attribute("y", y);
        Attribute("width", width);
        Attribute("height", height);
        xml.WriteAttributeString("fill", fill);
        Title(title);
        xml.WriteEndElement();
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, string? dash = null, string? title = null)
    {
        xml.WriteStartElement("line", Namespace);
        Attribute("x1", x1);
        Attribute("y1", y1);
        Attribute("x2", x2);
        Attribute("y2", y2);
        xml.WriteAttributeString("stroke", stroke);
        if (dash is not null)
        {
            xml.WriteAttributeString("stroke-dasharray", dash);
        }

        Title(title);
        xml.WriteEndElement();
    }

    public void Text(double x, double y, string text, string anchor = "start", string fill = "#333", string? cssClass = null)
    {
        xml.WriteStartElement("text", Namespace);
        if (cssClass is not null)
        {
            xml.WriteAttributeString("class", cssClass);
        }

        Attribute("x", x);
        Attribute("y", y);
        xml.WriteAttributeString("text-anchor", anchor);
        xml.WriteAttributeString("fill", fill);
        xml.WriteString(Clean(text));
        xml.WriteEndElement();
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, string? title = null)
    {
        var list = new StringBuilder();
        foreach (var (x, y) in points)
        {
            list.Append(CultureInfo.InvariantCulture, $"{x:0.##},{y:0.##} ");
        }

        xml.WriteStartElement("polyline", Namespace);
        xml.WriteAttributeString("points", list.ToString().TrimEnd());
        xml.WriteAttributeString("fill", "none");
        xml.WriteAttributeString("stroke", stroke);
        xml.WriteAttributeString("stroke-width", "1.5");
        Title(title);
        xml.WriteEndElement();
    }

    /// <summary>Closes the document and returns the SVG text.</summary>
    public string Finish()
    {
        xml.WriteEndElement();
        xml.Flush();
        return output.ToString();
    }

    public void Dispose() => xml.Dispose();

    /// <summary>Replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD.</summary>
    public static string Clean(string text)
    {
        var index = text.AsSpan().IndexOfAnyExcept(SafeChars);
        if (index < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private void Title(string? title)
    {
        if (title is not null)
        {
            xml.WriteElementString("title", Namespace, Clean(title));
        }
    }

    private void Attribute(string name, double value) =>
        xml.WriteAttributeString(name, value.ToString("0.##", CultureInfo.InvariantCulture));
}
