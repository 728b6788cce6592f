using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using Winset.Diagnostics;
using Winset.Formats.Text;
using Winset.Model;
using static Winset.Formats.Text.XmlSource;

namespace Winset.Formats.Genius;

/// <summary>
/// Reads a GENIUS utility-space file (<c>utility_space</c>) against its domain, the way GENIUS 10.4's
/// <c>AdditiveUtilitySpace</c> and <c>NonlinearUtilitySpace</c> do (FORMAT.md §1.2). Profiles GENIUS itself cannot
/// evaluate are rejected here, with the line and what was expected.
/// </summary>
internal static class GeniusProfileReader
{
    public const string RootName = "utility_space";

    /// <summary>GENIUS's threshold below which a discrete issue's largest evaluation counts as 0 (EvaluatorDiscrete).</summary>
    public const double ZeroMaxThreshold = 0.00001;

    public static Profile Read(string path, OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        GeniusDomainInfo domain = GeniusDomainInfo.For(space);
        XmlSource src = XmlSource.Load(path, domain.Encoding);
        XElement root = src.Root;
        if (root.Name.LocalName != RootName)
        {
            throw src.Error(root, Fmt(FormatErrorMessages.WrongRoot, "a GENIUS profile with root <utility_space>", root.Name.LocalName));
        }

        string name = Path.GetFileNameWithoutExtension(path);
        (double reservation, double discount) = ReadReservationAndDiscount(root);
        string type = (root.Attribute("type")?.Value ?? string.Empty).Trim().ToLowerInvariant();
        return type switch
        {
            "" or "linear" or "additive" or "uncertain" => ReadLinear(src, space, domain, name, reservation, discount),
            "nonlinear" => ReadNonlinear(src, space, domain, name, reservation, discount),
            "constraint" => throw src.Error(root.Attribute("type"), FormatErrorMessages.ConstraintNotSupported),
            _ => throw src.Error(root.Attribute("type"), Fmt(FormatErrorMessages.UnknownSpaceType, root.Attribute("type")!.Value)),
        };
    }

    /// <summary>
    /// <c>reservation</c> and <c>discount_factor</c> may sit at any level; GENIUS reads the first of each per element
    /// while recursing in document order, so the last one found wins. An unparseable reservation is ignored (0);
    /// a discount that is unparseable, ≤ 0 or > 1 is 1 (<c>validateDiscount</c>).
    /// </summary>
    private static (double Reservation, double Discount) ReadReservationAndDiscount(XElement root)
    {
        double reservation = 0;
        double discount = 1;
        foreach (XElement e in root.DescendantsAndSelf())
        {
            if (e.Element("reservation")?.Attribute("value")?.Value is { } r && TryParseDouble(r, out double rv) && double.IsFinite(rv))
            {
                reservation = rv;
            }

            if (e.Element("discount_factor") is { } df)
            {
                discount = TryParseDouble(df.Attribute("value")?.Value, out double d) && d > 0 && d <= 1 ? d : 1;
            }
        }

        return (reservation, discount);
    }

    private static LinearAdditiveProfile ReadLinear(XmlSource src, OutcomeSpace space, GeniusDomainInfo domain, string name, double reservation, double discount)
    {
        int n = space.Issues.Length;
        var weights = new double[n];
        var evaluators = new IssueEvaluator?[n];
        var seenWithoutWeight = new XElement?[n];
        Walk(src.Root);

        for (int i = 0; i < n; i++)
        {
            if (evaluators[i] is null)
            {
                XObject at = (XObject?)seenWithoutWeight[i] ?? src.Root;
                throw src.Error(at, Fmt(FormatErrorMessages.IssueNotCovered, space.Issues[i].Name, domain.IssueIndices[i]));
            }
        }

        return new LinearAdditiveProfile(name, space, weights, evaluators!, reservation, discount, capAtOne: true);

        // loadTreeRecursive: at each level, the <weight> children by index, then an evaluator for each <issue>
        // child that has a weight of the same index; then recurse. Objective-level weights are not used.
        void Walk(XElement level)
        {
            var levelWeights = new Dictionary<long, double>();
            foreach (XElement w in level.Elements("weight"))
            {
                long index = src.Integer(w, "index");
                double value = src.Double(w, "value");
                if (value < 0)
                {
                    throw src.Error(w, Fmt(FormatErrorMessages.NegativeWeight, index, Num(value)));
                }

                levelWeights[index] = value;
            }

            foreach (XElement issue in level.Elements("issue"))
            {
                long index = src.Integer(issue, "index");
                string issueName = issue.Attribute("name")?.Value ?? $"issue{index}";
                int pos = domain.PositionOf(index);
                if (pos < 0)
                {
                    throw src.Error(issue, Fmt(FormatErrorMessages.IssueIndexNotInDomain, issueName, index, domain.Path, domain.DescribeIndices()));
                }

                if (!levelWeights.TryGetValue(index, out double weight))
                {
                    seenWithoutWeight[pos] = issue;
                    continue;
                }

                if (evaluators[pos] is not null)
                {
                    throw src.Error(issue, Fmt(FormatErrorMessages.DuplicateProfileIssue, index));
                }

                evaluators[pos] = ReadEvaluator(src, issue, space.Issues[pos]);
                weights[pos] = weight;
            }

            foreach (XElement child in level.Elements("objective"))
            {
                Walk(child);
            }
        }
    }

    private static IssueEvaluator ReadEvaluator(XmlSource src, XElement e, Issue issue)
    {
        // The evaluator type comes from the profile's own `type` attribute (missing: discrete).
        string type = (e.Attribute("type")?.Value ?? "discrete").Trim().ToLowerInvariant();
        string kind = issue.Kind.ToString().ToLowerInvariant();
        switch (type)
        {
            case "discrete":
                return issue is DiscreteIssue d
                    ? ReadDiscrete(src, e, d)
                    : throw src.Error(e, Fmt(FormatErrorMessages.EvaluatorKindMismatch, issue.Name, kind, type));
            case "integer":
                return issue is IntegerIssue
                    ? ReadInteger(src, e, issue)
                    : throw src.Error(e, Fmt(FormatErrorMessages.EvaluatorKindMismatch, issue.Name, kind, type));
            case "real":
                return issue is RealIssue
                    ? ReadReal(src, e, issue)
                    : throw src.Error(e, Fmt(FormatErrorMessages.EvaluatorKindMismatch, issue.Name, kind, type));
            default:
                throw src.Error(e.Attribute("type"), Fmt(FormatErrorMessages.UnsupportedEvaluatorType, issue.Name, e.Attribute("type")!.Value));
        }
    }

    /// <summary>
    /// EvaluatorDiscrete: evaluations by value string (a later item with the same value replaces an earlier one);
    /// e(v) = evaluation(v) / max, or 0 for all when max &lt; 0.00001.
    /// </summary>
    private static DiscreteEvaluator ReadDiscrete(XmlSource src, XElement e, DiscreteIssue issue)
    {
        var evaluations = new Dictionary<string, double>(StringComparer.Ordinal);
        var withoutEvaluation = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (XElement item in e.Elements("item"))
        {
            string value = src.Required(item, "value").Value;
            if (issue.IndexOf(value) < 0)
            {
                throw src.Error(item, Fmt(FormatErrorMessages.ValueNotInDomain, issue.Name, value, Describe(issue.Options)));
            }

            if (item.Attribute("evaluation") is null)
            {
                withoutEvaluation[value] = item;
                continue;
            }

            double evaluation = src.Double(item, "evaluation");
            if (evaluation < 0)
            {
                throw src.Error(item, Fmt(FormatErrorMessages.NegativeEvaluation, issue.Name, value, Num(evaluation)));
            }

            evaluations[value] = evaluation;
        }

        double max = evaluations.Count == 0 ? 0 : evaluations.Values.Max();
        var table = ImmutableArray.CreateBuilder<double>(issue.Count);
        foreach (string value in issue.Options)
        {
            if (!evaluations.TryGetValue(value, out double ev))
            {
                bool noAttribute = withoutEvaluation.TryGetValue(value, out XElement? item);
                throw src.Error(
                    noAttribute ? item : e,
                    Fmt(FormatErrorMessages.ValueWithoutEvaluation, issue.Name, value, noAttribute ? "its <item> has no evaluation attribute" : "the issue has no <item> for it"));
            }

            table.Add(max < ZeroMaxThreshold ? 0.0 : ev / max);
        }

        return new DiscreteEvaluator(table.MoveToImmutable());
    }

    /// <summary>EvaluatorInteger: bounds from the profile's issue, e(x) = clamp(slope·(x − lowerbound) + offset).</summary>
    private static LinearEvaluator ReadInteger(XmlSource src, XElement e, Issue issue)
    {
        if (e.Attribute("lowerbound") is null || e.Attribute("upperbound") is null)
        {
            throw src.Error(e, Fmt(FormatErrorMessages.IntegerBoundsOnlyInRange, issue.Name));
        }

        long lower = src.Integer(e, "lowerbound");
        src.Integer(e, "upperbound");
        if (e.Element("evaluator") is not { } ev)
        {
            return new LinearEvaluator(0, 0, lower);
        }

        return new LinearEvaluator(src.Double(ev, "slope"), src.Double(ev, "offset"), lower);
    }

    /// <summary>EvaluatorReal: linear p1·x + p0 clamped (x not shifted), constant p0, or triangular (p0, p1, top p2).</summary>
    private static NumericEvaluator ReadReal(XmlSource src, XElement e, Issue issue)
    {
        XElement range = e.Element("range") ?? throw src.Error(e, Fmt(FormatErrorMessages.MissingRange, issue.Name));
        src.Double(range, "lowerbound");
        src.Double(range, "upperbound");
        XElement ev = e.Element("evaluator") ?? throw src.Error(e, Fmt(FormatErrorMessages.MissingEvaluator, issue.Name));
        string ftype = src.Required(ev, "ftype").Value.Trim().ToLowerInvariant();
        return ftype switch
        {
            "linear" => new LinearEvaluator(src.Double(ev, "parameter1"), src.Double(ev, "parameter0")),
            "constant" => new ConstantEvaluator(src.Double(ev, "parameter0")),
            "triangular" => new TriangularEvaluator(src.Double(ev, "parameter0"), src.Double(ev, "parameter1"), src.Double(ev, "parameter2")),
            _ => throw src.Error(ev.Attribute("ftype"), Fmt(FormatErrorMessages.UnsupportedRealFunction, issue.Name, ev.Attribute("ftype")!.Value)),
        };
    }

    /// <summary>
    /// NonlinearUtilitySpace: <c>&lt;utility maxutility&gt;</c> holding one <c>&lt;ufun&gt;</c> of hyper-rectangles;
    /// u = ufun(bid) / maxutility, capped at 1. The top ufun's own weight is not applied (as in GENIUS); nested ufuns
    /// (one level, under a summing top) become further weighted groups.
    /// </summary>
    private static HyperRectangleProfile ReadNonlinear(XmlSource src, OutcomeSpace space, GeniusDomainInfo domain, string name, double reservation, double discount)
    {
        XElement utility = src.Root.Elements().FirstOrDefault()?.Element("utility")
            ?? src.Root.Descendants("utility").FirstOrDefault()
            ?? throw src.Error(src.Root, Fmt(FormatErrorMessages.MissingElement, "utility maxutility=\"...\"", "objective"));
        double max = src.Double(utility, "maxutility");
        if (!(max > 0))
        {
            throw src.Error(utility.Attribute("maxutility"), Fmt(FormatErrorMessages.NonPositiveMaxUtility, Num(max)));
        }

        XElement top = utility.Element("ufun") ?? throw src.Error(utility, Fmt(FormatErrorMessages.MissingElement, "ufun", "utility"));
        RectangleAggregation topAggregation = Aggregation(src, top);
        var groups = new List<RectangleGroup>();
        var own = Rectangles(src, top, domain);
        List<XElement> nested = [.. top.Elements("ufun")];
        if (nested.Count == 0 || !own.IsEmpty)
        {
            groups.Add(new RectangleGroup(1.0, topAggregation, own));
        }

        foreach (XElement inner in nested)
        {
            if (topAggregation != RectangleAggregation.Sum || inner.Element("ufun") is not null)
            {
                throw src.Error(inner, FormatErrorMessages.NonlinearNested);
            }

            double weight = inner.Attribute("weight") is null ? 1.0 : src.Double(inner, "weight");
            groups.Add(new RectangleGroup(weight, Aggregation(src, inner), Rectangles(src, inner, domain)));
        }

        return new HyperRectangleProfile(name, space, groups, max, reservation, discount);
    }

    private static RectangleAggregation Aggregation(XmlSource src, XElement ufun)
    {
        XAttribute? a = ufun.Attribute("aggregation");
        return (a?.Value.Trim().ToLowerInvariant() ?? "sum") switch
        {
            "sum" => RectangleAggregation.Sum,
            "max" => RectangleAggregation.Max,
            "min" => RectangleAggregation.Min,
            _ => throw src.Error(a, Fmt(FormatErrorMessages.UnknownAggregation, a!.Value)),
        };
    }

    /// <summary>
    /// A rectangle with EXCLUDES bounds is exclusive (GENIUS then ignores any INCLUDES); one without bounds always
    /// applies. Its utility is <c>utility·weight</c> (weight 1 when absent).
    /// </summary>
    private static ImmutableArray<HyperRectangle> Rectangles(XmlSource src, XElement ufun, GeniusDomainInfo domain)
    {
        var result = ImmutableArray.CreateBuilder<HyperRectangle>();
        foreach (XElement r in ufun.Elements("hyperRectangle"))
        {
            double utility = src.Double(r, "utility");
            if (r.Attribute("weight") is not null)
            {
                utility *= src.Double(r, "weight");
            }

            bool exclusive = r.Elements("EXCLUDES").Any();
            var bounds = ImmutableArray.CreateBuilder<RectangleBound>();
            foreach (XElement b in r.Elements(exclusive ? "EXCLUDES" : "INCLUDES"))
            {
                long index = src.Integer(b, "index");
                int pos = domain.PositionOf(index);
                if (pos < 0)
                {
                    throw src.Error(b, Fmt(FormatErrorMessages.BoundIssueNotInDomain, index, domain.DescribeIndices()));
                }

                bounds.Add(new RectangleBound(pos, src.Double(b, "min"), src.Double(b, "max")));
            }

            result.Add(new HyperRectangle(utility, bounds.ToImmutable(), exclusive));
        }

        return result.ToImmutable();
    }

    private static string Describe(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    private static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
