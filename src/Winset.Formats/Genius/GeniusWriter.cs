using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Winset.Diagnostics;
using Winset.Model;

namespace Winset.Formats.Genius;

/// <summary>
/// Writes a scenario as GENIUS 10.4 files: <c>&lt;name&gt;-domain.xml</c> and one utility space per party, such that
/// GENIUS (and <see cref="GeniusXml"/>) read back the same utilities.
/// </summary>
/// <remarks>
/// <para>Issues are numbered 1..n under a root objective 0. Integer issues carry lowerbound/upperbound attributes;
/// real issues on GENIUS's 21-point grid a <c>&lt;range&gt;</c>.</para>
/// <para>Discrete evaluations are written so that GENIUS's division by the issue's largest evaluation gives back
/// the same weighted values: when the largest evaluation m is not 1 (GeniusWeb value utilities often top out below
/// 1), the evaluations are divided by m and the weight multiplied by m, so w·e(v) is kept to a few ulps.</para>
/// <para>An evaluator GENIUS cannot express on a numeric issue (GeniusWeb's interpolation outside the issue's range,
/// a table on a numeric issue, a real issue with another grid than 21 points) makes that issue discrete in the
/// written domain, with the numbers as value names and the evaluations as a table: the space keeps its size and
/// every outcome its utility. Not when a party has a hyper-rectangle profile, whose bounds need the numbers.</para>
/// <para>GENIUS caps every linear-additive utility at 1. A profile without that cap (GeniusWeb) whose utilities
/// exceed 1 (weights summing to more than 1) is capped when read back; GeniusWeb's own profiles, whose weights sum to
/// 1 and value utilities lie in [0, 1], never exceed 1 beyond rounding.</para>
/// </remarks>
internal static class GeniusWriter
{
    private const double FitTolerance = 1e-13;

    public static void Write(Scenario scenario, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        OutcomeSpace space = scenario.Space;
        string baseName = SafeFileName(scenario.Name.Length > 0 ? scenario.Name : space.Name.Length > 0 ? space.Name : "scenario");
        string spaceName = space.Name.Length > 0 ? space.Name : baseName;

        bool anyRectangles = scenario.Parties.Any(p => p.Profile is HyperRectangleProfile);
        var asDiscrete = new bool[space.Issues.Length];
        for (int i = 0; i < asDiscrete.Length; i++)
        {
            Issue issue = space.Issues[i];
            bool gridOk = issue is not RealIssue r || r.GridPoints == RealIssue.DefaultGridPoints;
            bool evaluatorsOk = scenario.Parties.All(p => p.Profile is not LinearAdditiveProfile l || issue.Kind == IssueKind.Discrete || NumericEvaluatorXml(issue, l.Evaluators[i]) is not null);
            asDiscrete[i] = issue.Kind != IssueKind.Discrete && !anyRectangles && !(gridOk && evaluatorsOk);
        }

        var files = new List<(string Path, XDocument Document)>
        {
            (Path.Combine(outputDirectory, baseName + "-domain.xml"), DomainDocument(space, spaceName, asDiscrete)),
        };
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { baseName + "-domain.xml" };
        foreach (Party party in scenario.Parties)
        {
            string file = SafeFileName(party.Name) + ".xml";
            for (int k = 2; !used.Add(file); k++)
            {
                file = $"{SafeFileName(party.Name)}-{k}.xml";
            }

            XDocument doc = party.Profile switch
            {
                LinearAdditiveProfile l => LinearDocument(l, spaceName, asDiscrete),
                HyperRectangleProfile h => NonlinearDocument(h, spaceName),
                _ => throw new InputException(
                    $"GENIUS XML holds linear-additive and hyper-rectangle profiles; party '{party.Name}' has a {party.Profile.GetType().Name}.",
                    SourceLocation.InFile(outputDirectory)),
            };
            files.Add((Path.Combine(outputDirectory, file), doc));
        }

        try
        {
            foreach ((string path, XDocument doc) in files)
            {
                AtomicFile.WriteAllBytes(path, Serialise(doc));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InputException($"cannot write GENIUS files here: {ex.Message}", SourceLocation.InFile(outputDirectory), ex);
        }
    }

    private static XDocument DomainDocument(OutcomeSpace space, string spaceName, bool[] asDiscrete)
    {
        XElement objective = Objective(spaceName);
        for (int i = 0; i < space.Issues.Length; i++)
        {
            Issue issue = space.Issues[i];
            XElement e = IssueElement(issue, i, asDiscrete[i]);
            if (asDiscrete[i] || issue.Kind == IssueKind.Discrete)
            {
                int k = 1;
                foreach (string v in ValueNames(issue))
                {
                    e.Add(new XElement("item", new XAttribute("index", k++), new XAttribute("value", v)));
                }
            }
            else if (issue is RealIssue r)
            {
                e.Add(Range(r));
            }

            objective.Add(e);
        }

        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement("negotiation_template", new XElement("utility_space", new XAttribute("number_of_issues", space.Issues.Length), objective)));
    }

    private static XDocument LinearDocument(LinearAdditiveProfile profile, string spaceName, bool[] asDiscrete)
    {
        OutcomeSpace space = profile.Space;
        XElement objective = Objective(spaceName);
        var weights = new List<XElement>();
        for (int i = 0; i < space.Issues.Length; i++)
        {
            Issue issue = space.Issues[i];
            IssueEvaluator ev = profile.Evaluators[i];
            double weight = profile.Weights[i];
            XElement e = IssueElement(issue, i, asDiscrete[i]);
            if (asDiscrete[i] || issue.Kind == IssueKind.Discrete)
            {
                double[] table = ev.Table(issue);
                for (int v = 0; v < table.Length; v++)
                {
                    // GENIUS evaluations are non-negative; −1e-16 from rounding (an interpolation at its end) is 0.
                    if (table[v] < 0)
                    {
                        table[v] = table[v] >= -1e-12
                            ? 0.0
                            : throw new InputException(
                                $"GENIUS evaluations are non-negative, but party '{profile.Name}' evaluates value {issue.ValueAt(v)} of issue '{issue.Name}' at {Num(table[v])}.",
                                SourceLocation.InFile(spaceName));
                    }
                }

                double max = table.Length == 0 ? 0 : table.Max();
                if (max != 1.0 && max > 0)
                {
                    for (int v = 0; v < table.Length; v++)
                    {
                        table[v] /= max;
                    }

                    weight *= max;
                }

                int k = 0;
                foreach (string v in ValueNames(issue))
                {
                    e.Add(new XElement("item", new XAttribute("index", k + 1), new XAttribute("value", v), new XAttribute("evaluation", Num(table[k]))));
                    k++;
                }
            }
            else
            {
                if (issue is RealIssue r)
                {
                    e.Add(Range(r));
                }

                e.Add(NumericEvaluatorXml(issue, ev) ?? throw new InvalidOperationException($"No GENIUS evaluator for issue '{issue.Name}'."));
            }

            objective.Add(e);
            weights.Add(new XElement("weight", new XAttribute("index", i + 1), new XAttribute("value", Num(weight))));
        }

        objective.Add(weights);
        return ProfileDocument(null, objective, profile);
    }

    private static XDocument NonlinearDocument(HyperRectangleProfile profile, string spaceName)
    {
        XElement objective = Objective(spaceName);
        XElement top;
        if (profile.Groups.Length == 1 && profile.Groups[0].Weight == 1.0)
        {
            top = Ufun(profile.Groups[0], 1.0);
        }
        else
        {
            top = new XElement("ufun", new XAttribute("type", "PlainUfun"), new XAttribute("weight", "1"), new XAttribute("aggregation", "sum"));
            foreach (RectangleGroup g in profile.Groups)
            {
                top.Add(Ufun(g, g.Weight));
            }
        }

        objective.Add(new XElement("utility", new XAttribute("maxutility", Num(profile.MaxUtility)), top));
        return ProfileDocument("nonlinear", objective, profile);
    }

    private static XElement Ufun(RectangleGroup group, double weight)
    {
        var ufun = new XElement(
            "ufun",
            new XAttribute("type", "PlainUfun"),
            new XAttribute("weight", Num(weight)),
            new XAttribute("aggregation", group.Aggregation.ToString().ToLowerInvariant()));
        foreach (HyperRectangle r in group.Rectangles)
        {
            var rect = new XElement("hyperRectangle", new XAttribute("utility", Num(r.Utility)));
            foreach (RectangleBound b in r.Bounds)
            {
                rect.Add(new XElement(
                    r.Exclusive ? "EXCLUDES" : "INCLUDES",
                    new XAttribute("index", b.Issue + 1),
                    new XAttribute("min", Num(b.Min)),
                    new XAttribute("max", Num(b.Max))));
            }

            ufun.Add(rect);
        }

        return ufun;
    }

    private static XDocument ProfileDocument(string? type, XElement objective, Profile profile)
    {
        var root = new XElement("utility_space");
        if (type is not null)
        {
            root.Add(new XAttribute("type", type));
        }

        root.Add(
            objective,
            new XElement("discount_factor", new XAttribute("value", Num(profile.DiscountFactor))),
            new XElement("reservation", new XAttribute("value", Num(profile.ReservationValue))));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>
    /// The GENIUS evaluator element that reproduces <paramref name="ev"/> on every value of a numeric issue (to
    /// 1e-13), or null when none does.
    /// </summary>
    internal static XElement? NumericEvaluatorXml(Issue issue, IssueEvaluator ev)
    {
        double[] target = ev.Table(issue);
        if (issue is IntegerIssue ii)
        {
            var candidates = new List<(double Slope, double Offset)>();
            if (ev is LinearEvaluator l)
            {
                candidates.Add(l.Origin == ii.Lower ? (l.Slope, l.Offset) : (l.Slope, (l.Slope * (ii.Lower - l.Origin)) + l.Offset));
            }

            candidates.Add(target.Length > 1 ? ((target[^1] - target[0]) / (target.Length - 1), target[0]) : (0.0, target[0]));
            foreach ((double slope, double offset) in candidates)
            {
                if (Fits(issue, new LinearEvaluator(slope, offset, ii.Lower), target))
                {
                    return new XElement("evaluator", new XAttribute("ftype", "linear"), new XAttribute("slope", Num(slope)), new XAttribute("offset", Num(offset)));
                }
            }

            return null;
        }

        if (issue is RealIssue r && r.GridPoints == RealIssue.DefaultGridPoints)
        {
            switch (ev)
            {
                case ConstantEvaluator c:
                    return new XElement("evaluator", new XAttribute("ftype", "constant"), new XAttribute("parameter0", Num(c.Value)));
                case TriangularEvaluator t:
                    return new XElement(
                        "evaluator",
                        new XAttribute("ftype", "triangular"),
                        new XAttribute("parameter0", Num(t.Low)),
                        new XAttribute("parameter1", Num(t.High)),
                        new XAttribute("parameter2", Num(t.Peak)));
            }

            var candidates = new List<(double P1, double P0)>();
            if (ev is LinearEvaluator l)
            {
                candidates.Add(l.Origin == 0 ? (l.Slope, l.Offset) : (l.Slope, l.Offset - (l.Slope * l.Origin)));
            }

            if (ev is InterpolationEvaluator ip && ip.HighValue > ip.LowValue)
            {
                double p1 = (ip.HighUtility - ip.LowUtility) / (ip.HighValue - ip.LowValue);
                candidates.Add((p1, ip.LowUtility - (p1 * ip.LowValue)));
            }

            if (r.Upper > r.Lower)
            {
                double p1 = (target[^1] - target[0]) / (r.Upper - r.Lower);
                candidates.Add((p1, target[0] - (p1 * r.Lower)));
            }

            foreach ((double p1, double p0) in candidates)
            {
                if (Fits(issue, new LinearEvaluator(p1, p0), target))
                {
                    return new XElement("evaluator", new XAttribute("ftype", "linear"), new XAttribute("parameter0", Num(p0)), new XAttribute("parameter1", Num(p1)));
                }
            }

            if (target.All(x => x == target[0]))
            {
                return new XElement("evaluator", new XAttribute("ftype", "constant"), new XAttribute("parameter0", Num(target[0])));
            }
        }

        return null;
    }

    private static bool Fits(Issue issue, IssueEvaluator candidate, double[] target)
    {
        double[] got = candidate.Table(issue);
        for (int k = 0; k < got.Length; k++)
        {
            if (!(Math.Abs(got[k] - target[k]) <= FitTolerance))
            {
                return false;
            }
        }

        return true;
    }

    private static XElement Objective(string name) => new(
        "objective",
        new XAttribute("index", 0),
        new XAttribute("etype", "objective"),
        new XAttribute("type", "objective"),
        new XAttribute("description", string.Empty),
        new XAttribute("name", name));

    private static XElement IssueElement(Issue issue, int position, bool asDiscrete)
    {
        string kind = asDiscrete ? "discrete" : issue.Kind.ToString().ToLowerInvariant();
        var e = new XElement(
            "issue",
            new XAttribute("index", position + 1),
            new XAttribute("etype", kind),
            new XAttribute("type", kind),
            new XAttribute("vtype", kind),
            new XAttribute("name", issue.Name));
        if (!asDiscrete && issue is IntegerIssue ii)
        {
            e.Add(new XAttribute("lowerbound", ii.Lower), new XAttribute("upperbound", ii.Upper));
        }

        return e;
    }

    private static XElement Range(RealIssue r) =>
        new("range", new XAttribute("lowerbound", Num(r.Lower)), new XAttribute("upperbound", Num(r.Upper)));

    /// <summary>
    /// The value names of a discrete issue, or the numbers of a numeric issue written as discrete; numbers that
    /// print alike (a zero-width range) get " #k" so GENIUS, which matches values by string, keeps them apart.
    /// </summary>
    private static IEnumerable<string> ValueNames(Issue issue)
    {
        if (issue is DiscreteIssue d)
        {
            return d.Options;
        }

        string[] names = [.. issue.Values.Select(v => v.ToString())];
        return names.Distinct(StringComparer.Ordinal).Count() == names.Length
            ? names
            : names.Select((n, k) => $"{n} #{k + 1}");
    }

    private static byte[] Serialise(XDocument doc)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            doc.Save(writer);
        }

        return stream.ToArray();
    }

    private static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var sb = new StringBuilder(name.Length);
        foreach (char c in name.Trim())
        {
            sb.Append(Array.IndexOf(invalid, c) >= 0 || c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        return sb.Length == 0 ? "scenario" : sb.ToString();
    }

    private static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
