using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Winset.Diagnostics;

namespace Winset.Formats.Text;

/// <summary>
/// A user's XML file, decoded (<see cref="TextDecoding"/>), repaired (<see cref="XmlSanitizer"/>) and parsed with line
/// information, with helpers that turn every problem into an <see cref="InputException"/> at the right line.
/// </summary>
internal sealed class XmlSource
{
    private XmlSource(string path, XDocument document, Encoding encoding)
    {
        Path = path;
        Document = document;
        Encoding = encoding;
    }

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>The parsed document.</summary>
    public XDocument Document { get; }

    /// <summary>The root element.</summary>
    public XElement Root => Document.Root!;

    /// <summary>How the bytes were decoded.</summary>
    public Encoding Encoding { get; }

    /// <summary>Reads, decodes, repairs and parses a file.</summary>
    /// <exception cref="InputException">The file is missing or unreadable, or not XML even after the repairs.</exception>
    public static XmlSource Load(string path, Encoding? preferred = null)
    {
        byte[] bytes = TextDecoding.ReadAllBytes(path);
        (string text, Encoding encoding) = TextDecoding.Decode(bytes, preferred);
        string repaired = XmlSanitizer.Sanitize(text);
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(repaired), settings);
            var doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return doc.Root is null
                ? throw new InputException(Fmt(FormatErrorMessages.MalformedXml, "no root element"), SourceLocation.InFile(path))
                : new XmlSource(path, doc, encoding);
        }
        catch (XmlException ex)
        {
            throw new InputException(
                Fmt(FormatErrorMessages.MalformedXml, ex.Message),
                new SourceLocation(path, ex.LineNumber, ex.LinePosition),
                ex);
        }
    }

    /// <summary>Where an element or attribute is.</summary>
    public SourceLocation At(XObject? node) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? new SourceLocation(Path, info.LineNumber, info.LinePosition)
            : SourceLocation.InFile(Path);

    /// <summary>An input error at a node.</summary>
    public InputException Error(XObject? node, string message) => new(message, At(node));

    /// <summary>The attribute, or an error naming it.</summary>
    public XAttribute Required(XElement element, string name) =>
        element.Attribute(name) ?? throw Error(element, Fmt(FormatErrorMessages.MissingAttribute, name, element.Name.LocalName));

    /// <summary>A double in Java's <c>Double.valueOf</c> sense (surrounding blanks allowed, invariant culture).</summary>
    public static bool TryParseDouble(string? text, out double value)
    {
        value = 0;
        if (text is null)
        {
            return false;
        }

        string t = text.Trim();
        if (t.Length > 1 && (t[^1] is 'd' or 'D' or 'f' or 'F'))
        {
            t = t[..^1];
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A finite double attribute, or an error saying what was found.</summary>
    public double Double(XElement element, string name)
    {
        XAttribute a = Required(element, name);
        return TryParseDouble(a.Value, out double v) && double.IsFinite(v)
            ? v
            : throw Error(a, Fmt(FormatErrorMessages.NotANumber, name, element.Name.LocalName, a.Value));
    }

    /// <summary>A whole-number attribute (Java <c>Integer.valueOf</c>), or an error saying what was found.</summary>
    public long Integer(XElement element, string name)
    {
        XAttribute a = Required(element, name);
        return TryParseInteger(a.Value, out long v)
            ? v
            : throw Error(a, Fmt(FormatErrorMessages.NotAnInteger, name, element.Name.LocalName, a.Value));
    }

    /// <summary>A whole number, surrounding blanks allowed.</summary>
    public static bool TryParseInteger(string? text, out long value)
    {
        value = 0;
        return text is not null && long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            && value is >= int.MinValue and <= int.MaxValue;
    }

    /// <summary>Formats a message template with the invariant culture.</summary>
    public static string Fmt(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
