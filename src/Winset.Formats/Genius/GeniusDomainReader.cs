using System.Xml.Linq;
using Winset.Diagnostics;
using Winset.Formats.Text;
using Winset.Model;
using static Winset.Formats.Text.XmlSource;

namespace Winset.Formats.Genius;

/// <summary>
/// Reads a GENIUS domain file (<c>negotiation_template</c>) the way <c>DomainImpl</c> does (FORMAT.md §1.1).
/// </summary>
internal static class GeniusDomainReader
{
    public const string RootName = "negotiation_template";

    public static OutcomeSpace Read(string path)
    {
        XmlSource src = XmlSource.Load(path);
        XElement root = src.Root;
        if (root.Name.LocalName != RootName)
        {
            throw src.Error(root, Fmt(FormatErrorMessages.WrongRoot, "a GENIUS domain file with root <negotiation_template>", root.Name.LocalName));
        }

        // GENIUS takes the FIRST <utility_space> and its FIRST <objective>; number_of_issues is not used.
        XElement space = root.Element("utility_space")
            ?? throw src.Error(root, Fmt(FormatErrorMessages.MissingElement, "utility_space", RootName));
        XElement top = space.Element("objective")
            ?? throw src.Error(space, Fmt(FormatErrorMessages.MissingElement, "objective", "utility_space"));

        var elements = new List<XElement>();
        CollectIssues(top, elements);
        if (elements.Count == 0)
        {
            throw src.Error(top, FormatErrorMessages.NoIssues);
        }

        var issues = new List<Issue>(elements.Count);
        var indices = new List<int>(elements.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (XElement e in elements)
        {
            int index = (int)src.Integer(e, "index");
            if (indices.Contains(index))
            {
                throw src.Error(e, Fmt(FormatErrorMessages.DuplicateIssueIndex, index));
            }

            string name = e.Attribute("name")?.Value is { Length: > 0 } n ? n : $"issue{index}";
            if (!names.Add(name))
            {
                throw src.Error(e, Fmt(FormatErrorMessages.DuplicateIssueName, name));
            }

            issues.Add(ReadIssue(src, e, name));
            indices.Add(index);
        }

        string spaceName = top.Attribute("name")?.Value is { Length: > 0 } sn ? sn : Path.GetFileNameWithoutExtension(path);
        var result = new OutcomeSpace(spaceName, issues);
        GeniusDomainInfo.Attach(result, new GeniusDomainInfo(path, [.. indices], src.Encoding));
        return result;
    }

    /// <summary>Pre-order as <c>buildTreeRecursive</c>: child objectives (recursively) first, then this level's issues.</summary>
    private static void CollectIssues(XElement objective, List<XElement> into)
    {
        foreach (XElement child in objective.Elements("objective"))
        {
            CollectIssues(child, into);
        }

        into.AddRange(objective.Elements("issue"));
    }

    private static Issue ReadIssue(XmlSource src, XElement e, string name)
    {
        // ISSUETYPE.convertToType: case-insensitive; missing or unknown means discrete.
        string type = (e.Attribute("type")?.Value ?? "discrete").Trim().ToLowerInvariant();
        switch (type)
        {
            case "integer":
                if (e.Attribute("lowerbound") is null || e.Attribute("upperbound") is null)
                {
                    throw src.Error(e, Fmt(FormatErrorMessages.IntegerBoundsOnlyInRange, name));
                }

                long lo = src.Integer(e, "lowerbound");
                long hi = src.Integer(e, "upperbound");
                return hi < lo
                    ? throw src.Error(e, Fmt(FormatErrorMessages.BadBounds, name, lo, hi))
                    : new IntegerIssue(name, lo, hi);

            case "real":
                XElement range = e.Element("range") ?? throw src.Error(e, Fmt(FormatErrorMessages.MissingRange, name));
                double rlo = src.Double(range, "lowerbound");
                double rhi = src.Double(range, "upperbound");
                return rhi < rlo
                    ? throw src.Error(range, Fmt(FormatErrorMessages.BadBounds, name, rlo, rhi))
                    : new RealIssue(name, rlo, rhi);

            default:
                var values = new List<string>();
                foreach (XElement item in e.Elements("item"))
                {
                    values.Add(src.Required(item, "value").Value);
                }

                return values.Count == 0
                    ? throw src.Error(e, Fmt(FormatErrorMessages.NoValues, name))
                    : new DiscreteIssue(name, values);
        }
    }

    /// <summary>True when the file's root element (after the tolerant repairs) is <c>negotiation_template</c>.</summary>
    public static bool LooksLikeDomain(string path)
    {
        try
        {
            return XmlSource.Load(path).Root.Name.LocalName == RootName;
        }
        catch (InputException)
        {
            return false;
        }
    }
}
