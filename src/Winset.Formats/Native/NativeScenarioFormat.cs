using System.Collections.Immutable;
using System.Text;
using Winset.Diagnostics;
using Winset.Model;
using YamlDotNet.RepresentationModel;

namespace Winset.Formats.Native;

/// <summary>
/// Winset's own scenario file: YAML (JSON is accepted too, being YAML), described by
/// <c>schema/winset-scenario.schema.json</c>. See <c>docs/scenario-format.md</c> for the meaning of every key.
/// </summary>
/// <remarks>
/// Unknown keys are errors rather than ignored, so that a typo never silently changes a model. Keys reserved for
/// later layers (<c>constituencies</c>, <c>timeline</c>, <c>agents</c>) are accepted by the schema's structure and
/// by this reader once those layers exist.
/// </remarks>
public static partial class NativeScenarioFormat
{
    /// <summary>The format version this reader understands and the writer writes.</summary>
    public const int Version = 1;

    private static readonly string[] TopKeys = ["winset", "name", "description", "issues", "parties", "timeline", "moves"];
    private static readonly string[] IssueKeys = ["name", "type", "values", "min", "max", "grid", "description"];
    private static readonly string[] PartyKeys = ["name", "description", "reservation", "discount", "cap", "weights", "utilities", "rectangles", "constituencies", "ratification", "rules", "communication"];

    /// <summary>Reads a scenario file.</summary>
    /// <exception cref="InputException">The file is missing, malformed or inconsistent.</exception>
    public static Scenario Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read the file: {e.Message}", SourceLocation.InFile(path), e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses scenario text; <paramref name="fileName"/> is used in error messages.</summary>
    public static Scenario Parse(string text, string fileName)
    {
        var r = new YamlNodeReader(fileName);
        YamlNode root = r.Parse(text);
        var top = r.Entries(r.Mapping(root, "a scenario"), "the scenario", TopKeys);

        if (top.TryGetValue("winset", out var version))
        {
            long v = r.Integer(version.Value, "the format version");
            if (v > Version)
            {
                throw r.Error(version.Value, $"this file is in Winset scenario format {v}, newer than the {Version} this Winset reads; upgrade Winset.");
            }

            if (v < 1)
            {
                throw r.Error(version.Value, $"expected format version {Version}, found {v}.");
            }
        }

        string name = top.TryGetValue("name", out var n) ? r.Scalar(n.Value, "the scenario name") : Path.GetFileNameWithoutExtension(fileName);
        string? description = top.TryGetValue("description", out var d) ? r.Scalar(d.Value, "a description") : null;

        YamlSequenceNode issueList = r.Sequence(r.Required(top, root, "issues", "A scenario"), "the issues");
        if (issueList.Children.Count == 0)
        {
            throw r.Error(issueList, "expected at least one issue.");
        }

        var issues = new List<Issue>();
        var issueNodes = new List<YamlNode>();
        foreach (YamlNode node in issueList)
        {
            Issue issue = ReadIssue(r, node);
            if (issues.Any(i => i.Name == issue.Name))
            {
                throw r.Error(node, $"two issues are named '{issue.Name}'.");
            }

            issues.Add(issue);
            issueNodes.Add(node);
        }

        var space = new OutcomeSpace(name, issues);

        YamlSequenceNode partyList = r.Sequence(r.Required(top, root, "parties", "A scenario"), "the parties");
        if (partyList.Children.Count == 0)
        {
            throw r.Error(partyList, "expected at least one party.");
        }

        var parties = new List<Party>();
        foreach (YamlNode node in partyList)
        {
            Party party = ReadParty(r, node, space);
            if (parties.Any(p => p.Name == party.Name))
            {
                throw r.Error(node, $"two parties are named '{party.Name}'.");
            }

            parties.Add(party);
        }

        Timeline? timeline = top.TryGetValue("timeline", out var tl) ? ReadTimeline(r, tl.Value, space, parties) : null;
        var moves = top.TryGetValue("moves", out var mv) ? ReadMoves(r, mv.Value, space, parties, timeline) : [];
        return new Scenario(name, space, parties, description, timeline, moves);
    }

    private static Issue ReadIssue(YamlNodeReader r, YamlNode node)
    {
        var e = r.Entries(r.Mapping(node, "an issue"), "an issue", IssueKeys);
        string name = r.Scalar(r.Required(e, node, "name", "An issue"), "the issue name");
        if (name.Length == 0)
        {
            throw r.Error(node, "an issue needs a non-empty name.");
        }

        string type = e.TryGetValue("type", out var t) ? r.Scalar(t.Value, "the issue type") : e.ContainsKey("values") ? "discrete" : "";
        switch (type)
        {
            case "discrete":
                {
                    var values = r.Sequence(r.Required(e, node, "values", $"Discrete issue '{name}'"), $"the values of issue '{name}'");
                    if (values.Children.Count == 0)
                    {
                        throw r.Error(values, $"issue '{name}' needs at least one value.");
                    }

                    ForbidKeys(r, e, name, "min", "max", "grid");
                    return new DiscreteIssue(name, values.Select(v => r.Scalar(v, $"a value of issue '{name}'")));
                }

            case "integer":
                {
                    ForbidKeys(r, e, name, "values", "grid");
                    long min = r.Integer(r.Required(e, node, "min", $"Integer issue '{name}'"), "the lower bound");
                    YamlNode maxNode = r.Required(e, node, "max", $"Integer issue '{name}'");
                    long max = r.Integer(maxNode, "the upper bound");
                    if (max < min)
                    {
                        throw r.Error(maxNode, $"issue '{name}': max {max} is below min {min}.");
                    }

                    if (max - min >= OutcomeSpace.MaxEnumerableSize)
                    {
                        throw r.Error(maxNode, $"issue '{name}' has {max - min + 1} values; at most {OutcomeSpace.MaxEnumerableSize:N0} are allowed.");
                    }

                    return new IntegerIssue(name, min, max);
                }

            case "real":
                {
                    ForbidKeys(r, e, name, "values");
                    double min = r.Number(r.Required(e, node, "min", $"Real issue '{name}'"), "the lower bound");
                    YamlNode maxNode = r.Required(e, node, "max", $"Real issue '{name}'");
                    double max = r.Number(maxNode, "the upper bound");
                    if (max < min)
                    {
                        throw r.Error(maxNode, $"issue '{name}': max {max} is below min {min}.");
                    }

                    int grid = RealIssue.DefaultGridPoints;
                    if (e.TryGetValue("grid", out var g))
                    {
                        long gl = r.Integer(g.Value, "the number of grid points");
                        if (gl < 2 || gl > 1_000_000)
                        {
                            throw r.Error(g.Value, $"expected between 2 and 1000000 grid points, found {gl}.");
                        }

                        grid = (int)gl;
                    }

                    return new RealIssue(name, min, max, grid);
                }

            case "":
                throw r.Error(node, $"issue '{name}' needs 'values' (a discrete issue) or 'type: integer' / 'type: real' with 'min' and 'max'.");
            default:
                throw r.Error(t.Value, $"unknown issue type '{type}'; expected discrete, integer or real.");
        }
    }

    private static void ForbidKeys(YamlNodeReader r, Dictionary<string, (YamlNode Key, YamlNode Value)> e, string issue, params string[] keys)
    {
        foreach (string k in keys)
        {
            if (e.TryGetValue(k, out var entry))
            {
                throw r.Error(entry.Key, $"'{k}' does not apply to issue '{issue}' of this type.");
            }
        }
    }

    private static Party ReadParty(YamlNodeReader r, YamlNode node, OutcomeSpace space)
    {
        var e = r.Entries(r.Mapping(node, "a party"), "a party", PartyKeys);
        string name = r.Scalar(r.Required(e, node, "name", "A party"), "the party name");
        if (name.Length == 0)
        {
            throw r.Error(node, "a party needs a non-empty name.");
        }

        double reservation = 0.0;
        if (e.TryGetValue("reservation", out var rv))
        {
            reservation = r.Number(rv.Value, "the reservation value");
            if (reservation < 0 || reservation > 1)
            {
                throw r.Error(rv.Value, $"expected a reservation value between 0 and 1, found {Value.FormatNumber(reservation)}.");
            }
        }

        double discount = 1.0;
        if (e.TryGetValue("discount", out var df))
        {
            discount = r.Number(df.Value, "the discount factor");
            if (!(discount > 0) || discount > 1)
            {
                throw r.Error(df.Value, $"expected a discount factor in (0, 1], found {Value.FormatNumber(discount)}.");
            }
        }

        Profile profile = ReadProfile(r, e, node, space, $"party '{name}'", name, reservation, discount);
        return ReadLevelTwo(r, e, node, space, name, profile);
    }

    /// <summary>A linear-additive (weights + utilities) or non-linear (rectangles) profile from a party or constituency.</summary>
    private static Profile ReadProfile(
        YamlNodeReader r, Dictionary<string, (YamlNode Key, YamlNode Value)> e, YamlNode node, OutcomeSpace space, string owner, string name, double reservation, double discount)
    {
        if (e.TryGetValue("rectangles", out var rect))
        {
            foreach (string k in new[] { "weights", "utilities", "cap" })
            {
                if (e.TryGetValue(k, out var entry))
                {
                    throw r.Error(entry.Key, $"{owner} has 'rectangles' (a non-linear profile), so '{k}' does not apply.");
                }
            }

            return ReadRectangles(r, rect.Value, space, name, reservation, discount);
        }

        return ReadLinear(r, e, node, space, owner, name, reservation, discount);
    }

    private static LinearAdditiveProfile ReadLinear(
        YamlNodeReader r, Dictionary<string, (YamlNode Key, YamlNode Value)> e, YamlNode node, OutcomeSpace space, string owner, string name, double reservation, double discount)
    {
        bool cap = e.TryGetValue("cap", out var c) && r.Boolean(c.Value, "'cap'");
        YamlNode weightsNode = r.Required(e, node, "weights", $"{Capitalise(owner)}");
        var weightEntries = r.Entries(r.Mapping(weightsNode, $"the weights of {owner}"), $"the weights of {owner}");
        YamlNode utilitiesNode = r.Required(e, node, "utilities", $"{Capitalise(owner)}");
        var utilityEntries = r.Entries(r.Mapping(utilitiesNode, $"the utilities of {owner}"), $"the utilities of {owner}");

        foreach (var (key, (keyNode, _)) in weightEntries.Concat(utilityEntries))
        {
            if (space.IndexOfIssue(key) < 0)
            {
                throw r.Error(keyNode, $"{owner} refers to issue '{key}', which the scenario does not have; issues: {string.Join(", ", space.Issues.Select(i => i.Name))}.");
            }
        }

        var weights = new double[space.Issues.Length];
        var evaluators = new IssueEvaluator[space.Issues.Length];
        for (int i = 0; i < space.Issues.Length; i++)
        {
            Issue issue = space.Issues[i];
            if (!weightEntries.TryGetValue(issue.Name, out var w))
            {
                throw r.Error(weightsNode, $"{owner} gives no weight for issue '{issue.Name}'.");
            }

            weights[i] = r.Number(w.Value, $"the weight of issue '{issue.Name}'");
            if (weights[i] < 0)
            {
                throw r.Error(w.Value, $"weights must not be negative; issue '{issue.Name}' has {Value.FormatNumber(weights[i])}.");
            }

            if (!utilityEntries.TryGetValue(issue.Name, out var u))
            {
                throw r.Error(utilitiesNode, $"{owner} gives no utilities for issue '{issue.Name}'.");
            }

            evaluators[i] = ReadEvaluator(r, u.Value, issue, owner);
        }

        return new LinearAdditiveProfile(name, space, weights, evaluators, reservation, discount, cap);
    }

    private static IssueEvaluator ReadEvaluator(YamlNodeReader r, YamlNode node, Issue issue, string owner)
    {
        string what = $"the utilities of issue '{issue.Name}' for {owner}";
        if (issue is DiscreteIssue discrete)
        {
            var table = new double[discrete.Count];
            if (node is YamlSequenceNode list)
            {
                // By position: needed when a GENIUS domain lists the same value twice.
                if (list.Children.Count != discrete.Count)
                {
                    throw r.Error(node, $"{what}: expected {discrete.Count} numbers, one per value, found {list.Children.Count}.");
                }

                for (int v = 0; v < table.Length; v++)
                {
                    table[v] = Utility01(r, list.Children[v], $"the utility of value '{discrete.Options[v]}'");
                }

                return new DiscreteEvaluator(ImmutableArray.Create(table));
            }

            var entries = r.Entries(r.Mapping(node, what), what);
            var seen = new bool[table.Length];
            foreach (var (key, (keyNode, valueNode)) in entries)
            {
                int v = discrete.IndexOf(key);
                if (v < 0)
                {
                    throw r.Error(keyNode, $"issue '{issue.Name}' has no value '{key}'; its values: {string.Join(", ", discrete.Options)}.");
                }

                table[v] = Utility01(r, valueNode, $"the utility of value '{key}'");
                seen[v] = true;
            }

            int missing = Array.IndexOf(seen, false);
            if (missing >= 0 && !discrete.HasDuplicates)
            {
                throw r.Error(node, $"{what}: value '{discrete.Options[missing]}' has no utility.");
            }

            // Duplicated option names share one utility, as when a GENIUS profile matches them by string.
            for (int v = 0; v < table.Length; v++)
            {
                if (!seen[v])
                {
                    table[v] = table[discrete.IndexOf(discrete.Options[v])];
                }
            }

            return new DiscreteEvaluator(ImmutableArray.Create(table));
        }

        if (node is YamlSequenceNode byPosition)
        {
            // A table by value position: exact for any evaluation of a numeric issue's values (e.g. a GENIUS
            // discretised issue, or a shape none of the evaluators below describes).
            if (byPosition.Children.Count != issue.Count)
            {
                throw r.Error(node, $"{what}: expected {issue.Count} numbers, one per value, found {byPosition.Children.Count}.");
            }

            return new DiscreteEvaluator([.. byPosition.Children.Select((n, v) => Utility01(r, n, $"the utility of value {issue.ValueAt(v)}"))]);
        }

        var map = r.Entries(r.Mapping(node, what + " (linear, constant, triangular or interpolate, or a list of numbers by value)"), what, "linear", "constant", "triangular", "interpolate");
        if (map.Count != 1)
        {
            throw r.Error(node, $"{what}: expected exactly one of linear, constant, triangular or interpolate.");
        }

        var (kind, (_, body)) = map.First();
        switch (kind)
        {
            case "constant":
                return new ConstantEvaluator(Utility01(r, body, "the constant utility"));
            case "linear":
                {
                    var p = r.Entries(r.Mapping(body, "a linear evaluator"), "a linear evaluator", "slope", "offset", "origin");
                    return new LinearEvaluator(
                        r.Number(r.Required(p, body, "slope", "A linear evaluator"), "the slope"),
                        r.Number(r.Required(p, body, "offset", "A linear evaluator"), "the offset"),
                        p.TryGetValue("origin", out var o) ? r.Number(o.Value, "the origin") : 0.0);
                }

            case "triangular":
                {
                    var p = r.Entries(r.Mapping(body, "a triangular evaluator"), "a triangular evaluator", "low", "peak", "high");
                    double low = r.Number(r.Required(p, body, "low", "A triangular evaluator"), "the low end");
                    double peak = r.Number(r.Required(p, body, "peak", "A triangular evaluator"), "the peak");
                    double high = r.Number(r.Required(p, body, "high", "A triangular evaluator"), "the high end");
                    if (!(low <= peak && peak <= high))
                    {
                        throw r.Error(body, $"a triangular evaluator needs low ≤ peak ≤ high, found {low}, {peak}, {high}.");
                    }

                    return new TriangularEvaluator(low, high, peak);
                }

            default:
                {
                    var p = r.Entries(r.Mapping(body, "an interpolating evaluator"), "an interpolating evaluator", "lowValue", "lowUtility", "highValue", "highUtility");
                    double lowValue = r.Number(r.Required(p, body, "lowValue", "An interpolating evaluator"), "lowValue");
                    double highValue = r.Number(r.Required(p, body, "highValue", "An interpolating evaluator"), "highValue");
                    if (highValue < lowValue)
                    {
                        throw r.Error(body, $"highValue {highValue} is below lowValue {lowValue}.");
                    }

                    return new InterpolationEvaluator(
                        lowValue,
                        Utility01(r, r.Required(p, body, "lowUtility", "An interpolating evaluator"), "lowUtility"),
                        highValue,
                        Utility01(r, r.Required(p, body, "highUtility", "An interpolating evaluator"), "highUtility"));
                }
        }
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static double Utility01(YamlNodeReader r, YamlNode node, string what)
    {
        double u = r.Number(node, what);
        if (u < 0 || u > 1)
        {
            throw r.Error(node, $"expected {what} between 0 and 1, found {Value.FormatNumber(u)}.");
        }

        return u;
    }

    private static HyperRectangleProfile ReadRectangles(YamlNodeReader r, YamlNode node, OutcomeSpace space, string name, double reservation, double discount)
    {
        var e = r.Entries(r.Mapping(node, "a non-linear profile"), "'rectangles'", "maxUtility", "groups");
        YamlNode maxNode = r.Required(e, node, "maxUtility", "'rectangles'");
        double max = r.Number(maxNode, "the maximum utility");
        if (!(max > 0))
        {
            throw r.Error(maxNode, $"expected a positive maximum utility, found {Value.FormatNumber(max)}.");
        }

        var groups = new List<RectangleGroup>();
        foreach (YamlNode g in r.Sequence(r.Required(e, node, "groups", "'rectangles'"), "the rectangle groups"))
        {
            var ge = r.Entries(r.Mapping(g, "a rectangle group"), "a rectangle group", "weight", "aggregation", "rectangles");
            double weight = ge.TryGetValue("weight", out var w) ? r.Number(w.Value, "the group weight") : 1.0;
            var aggregation = RectangleAggregation.Sum;
            if (ge.TryGetValue("aggregation", out var a))
            {
                string agg = r.Scalar(a.Value, "the aggregation");
                aggregation = agg switch
                {
                    "sum" => RectangleAggregation.Sum,
                    "max" => RectangleAggregation.Max,
                    "min" => RectangleAggregation.Min,
                    _ => throw r.Error(a.Value, $"unknown aggregation '{agg}'; expected sum, max or min."),
                };
            }

            var rectangles = new List<HyperRectangle>();
            foreach (YamlNode rn in r.Sequence(r.Required(ge, g, "rectangles", "A rectangle group"), "the rectangles"))
            {
                var re = r.Entries(r.Mapping(rn, "a rectangle"), "a rectangle", "utility", "exclusive", "bounds");
                double utility = r.Number(r.Required(re, rn, "utility", "A rectangle"), "the rectangle's utility");
                bool exclusive = re.TryGetValue("exclusive", out var x) && r.Boolean(x.Value, "'exclusive'");
                var bounds = new List<RectangleBound>();
                foreach (var (issueName, (keyNode, range)) in r.Entries(r.Mapping(r.Required(re, rn, "bounds", "A rectangle"), "the bounds"), "the bounds"))
                {
                    int issue = space.IndexOfIssue(issueName);
                    if (issue < 0)
                    {
                        throw r.Error(keyNode, $"a rectangle bounds issue '{issueName}', which the scenario does not have.");
                    }

                    var pair = r.Sequence(range, "a [min, max] pair");
                    if (pair.Children.Count != 2)
                    {
                        throw r.Error(range, "expected a [min, max] pair.");
                    }

                    bounds.Add(new RectangleBound(issue, r.Number(pair.Children[0], "the bound's min"), r.Number(pair.Children[1], "the bound's max")));
                }

                rectangles.Add(new HyperRectangle(utility, [.. bounds], exclusive));
            }

            groups.Add(new RectangleGroup(weight, aggregation, [.. rectangles]));
        }

        return new HyperRectangleProfile(name, space, groups, max, reservation, discount);
    }
}
