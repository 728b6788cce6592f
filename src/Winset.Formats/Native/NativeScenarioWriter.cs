using System.Text;
using System.Text.RegularExpressions;
using Winset.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Winset.Formats.Native;

/// <summary>
/// Writes a <see cref="Scenario"/> in Winset's native YAML format. Reading what it wrote gives the same utilities:
/// numbers are written in shortest round-trip form.
/// </summary>
public static partial class NativeScenarioWriter
{
    /// <summary>The scenario as YAML text.</summary>
    public static string ToYaml(Scenario scenario)
    {
        var root = new YamlMappingNode
        {
            { "winset", Plain(NativeScenarioFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
            { "name", Text(scenario.Name) },
        };
        if (scenario.Description is { } d)
        {
            root.Add("description", Text(d));
        }

        var issues = new YamlSequenceNode();
        foreach (Issue issue in scenario.Space.Issues)
        {
            issues.Add(WriteIssue(issue));
        }

        root.Add("issues", issues);
        var parties = new YamlSequenceNode();
        foreach (Party party in scenario.Parties)
        {
            parties.Add(WriteParty(party, scenario.Space));
        }

        root.Add("parties", parties);
        if (scenario.Timeline is { } timeline)
        {
            root.Add("timeline", WriteTimeline(timeline, scenario));
        }

        if (!scenario.Moves.IsEmpty)
        {
            var moves = new YamlSequenceNode();
            foreach (ScriptedMove m in scenario.Moves)
            {
                var mn = new YamlMappingNode { { "label", Text(m.Label) }, { "sender", Text(scenario.Parties[m.Sender].Name) }, { "act", Plain(NativeScenarioFormat.SpeechActName(m.Act)) } };
                if (m.Date is { } date && scenario.Timeline?.RoundOf(date) == m.Round)
                {
                    mn.Add("date", Plain(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
                }
                else
                {
                    mn.Add("round", Number(m.Round));
                }

                if (m.Public && m.Act != SpeechAct.PublicDisclosure)
                {
                    mn.Add("public", Plain("true"));
                }

                if (m.Offer is { } offer)
                {
                    mn.Add("offer", WriteOutcome(offer, scenario.Space));
                }

                if (m.Quote is { } quote)
                {
                    mn.Add("quote", Text(quote));
                }

                moves.Add(mn);
            }

            root.Add("moves", moves);
        }

        var sb = new StringBuilder();
        sb.Append("# Winset scenario. Schema: schema/winset-scenario.schema.json\n");
        using (var writer = new StringWriter(sb) { NewLine = "\n" })
        {
            new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        }

        // YamlStream ends a document with "...\n"; a scenario file is one document, so drop the marker.
        string yaml = sb.ToString().Replace("\r\n", "\n");
        if (yaml.EndsWith("...\n", StringComparison.Ordinal))
        {
            yaml = yaml[..^4];
        }

        return yaml;
    }

    /// <summary>Writes the scenario to a file, through a temporary file renamed at the end.</summary>
    public static void Write(Scenario scenario, string path) => AtomicFile.WriteAllText(path, ToYaml(scenario));

    private static YamlMappingNode WriteIssue(Issue issue)
    {
        var node = new YamlMappingNode { { "name", Text(issue.Name) } };
        switch (issue)
        {
            case DiscreteIssue d:
                var values = new YamlSequenceNode { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };
                foreach (string v in d.Options)
                {
                    values.Add(Text(v));
                }

                node.Add("values", values);
                break;
            case IntegerIssue i:
                node.Add("type", "integer");
                node.Add("min", Number(i.Lower));
                node.Add("max", Number(i.Upper));
                break;
            case RealIssue r:
                node.Add("type", "real");
                node.Add("min", Number(r.Lower));
                node.Add("max", Number(r.Upper));
                node.Add("grid", Number(r.GridPoints));
                break;
        }

        return node;
    }

    private static YamlMappingNode WriteParty(Party party, OutcomeSpace space)
    {
        Profile profile = party.Profile;
        var node = new YamlMappingNode { { "name", Text(party.Name) } };
        if (profile.ReservationValue != 0)
        {
            node.Add("reservation", Number(profile.ReservationValue));
        }

        if (profile.DiscountFactor != 1)
        {
            node.Add("discount", Number(profile.DiscountFactor));
        }

        WriteProfileBody(node, profile, space);
        if (party.HasLevelTwo)
        {
            var constituencies = new YamlSequenceNode();
            foreach (Constituency c in party.Constituencies)
            {
                var cn = new YamlMappingNode { { "name", Text(c.Name) } };
                if (c.Description is { } description)
                {
                    cn.Add("description", Text(description));
                }

                cn.Add("weight", Number(c.Weight));
                cn.Add("threshold", Number(c.Threshold));
                cn.Add("mobilisation", Number(c.Mobilisation));
                WriteProfileBody(cn, c.Profile, space);
                constituencies.Add(cn);
            }

            node.Add("constituencies", constituencies);
            node.Add("ratification", WriteRule(party.Ratification, party));
        }

        if (party.Communication != CommunicationProfile.Default)
        {
            CommunicationProfile c = party.Communication;
            node.Add("communication", new YamlMappingNode
            {
                { "directness", Number(c.Directness) }, { "faceSensitivity", Number(c.FaceSensitivity) }, { "audienceCost", Number(c.AudienceCost) },
            });
        }

        return node;
    }

    private static void WriteProfileBody(YamlMappingNode node, Profile profile, OutcomeSpace space)
    {
        switch (profile)
        {
            case LinearAdditiveProfile linear:
                if (linear.CapAtOne)
                {
                    node.Add("cap", Plain("true"));
                }

                var weights = new YamlMappingNode();
                var utilities = new YamlMappingNode();
                for (int i = 0; i < space.Issues.Length; i++)
                {
                    Issue issue = space.Issues[i];
                    weights.Add(Text(issue.Name), Number(linear.Weights[i]));
                    utilities.Add(Text(issue.Name), WriteEvaluator(linear.Evaluators[i], issue));
                }

                node.Add("weights", weights);
                node.Add("utilities", utilities);
                break;
            case HyperRectangleProfile rect:
                node.Add("rectangles", WriteRectangles(rect, space));
                break;
            default:
                throw new NotSupportedException($"Profiles of type {profile.GetType().Name} cannot be written in the native format.");
        }
    }

    private static YamlNode WriteRule(RatificationRule rule, Party party) => rule switch
    {
        ConstituencyRule c => Text(party.Constituencies[c.Constituency].Name),
        AllOfRule a => new YamlMappingNode { { "allOf", new YamlSequenceNode(a.Children.Select(x => WriteRule(x, party))) } },
        AnyOfRule a => new YamlMappingNode { { "anyOf", new YamlSequenceNode(a.Children.Select(x => WriteRule(x, party))) } },
        VetoRule v => new YamlMappingNode
        {
            { "veto", new YamlMappingNode { { "holder", Text(party.Constituencies[v.Holder].Name) }, { "rule", WriteRule(v.Rule, party) } } },
        },
        WeightedVoteRule w => new YamlMappingNode
        {
            {
                "vote", new YamlMappingNode
                {
                    { "quota", Number(w.Quota) },
                    { "members", new YamlSequenceNode(w.Members.Select(k => (YamlNode)Text(party.Constituencies[k].Name))) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow } },
                }
            },
        },
        _ => throw new NotSupportedException($"Rules of type {rule.GetType().Name} cannot be written."),
    };

    private static YamlMappingNode WriteOutcome(Outcome offer, OutcomeSpace space)
    {
        var on = new YamlMappingNode { Style = YamlDotNet.Core.Events.MappingStyle.Flow };
        foreach (var (issue, value) in space.Describe(offer))
        {
            on.Add(Text(issue), value.IsText ? Text(value.Text!) : Number(value.Number));
        }

        return on;
    }

    private static YamlMappingNode WriteTimeline(Timeline timeline, Scenario scenario)
    {
        var node = new YamlMappingNode();
        if (timeline.Start is { } start)
        {
            node.Add("start", Plain(start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            node.Add("stepDays", Number(timeline.StepDays));
        }

        node.Add("rounds", Number(timeline.Rounds));
        var events = new YamlSequenceNode();
        foreach (TimelineEvent e in timeline.Events)
        {
            // The round is what counts; a date is written only when it maps back to the same round.
            var en = new YamlMappingNode();
            if (e.Date is { } date && timeline.RoundOf(date) == e.Round)
            {
                en.Add("date", Plain(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                en.Add("round", Number(e.Round));
            }

            en.Add("label", Text(e.Label));
            if (e.Kind is { } kind)
            {
                en.Add("kind", Text(kind));
            }

            if (e.Probability != 1)
            {
                en.Add("probability", Number(e.Probability));
            }

            if (e.Disclosure is { } d)
            {
                var dn = new YamlMappingNode { { "party", Text(scenario.Parties[d.Party].Name) } };
                if (d.Offer is { } offer)
                {
                    dn.Add("offer", WriteOutcome(offer, scenario.Space));
                }

                dn.Add("mobilisation", Number(d.Mobilisation));
                en.Add("disclose", dn);
            }

            if (!e.Changes.IsEmpty)
            {
                var changes = new YamlSequenceNode();
                foreach (StateChange c in e.Changes)
                {
                    var cn = new YamlMappingNode { Style = YamlDotNet.Core.Events.MappingStyle.Flow };
                    cn.Add("party", Text(scenario.Parties[c.Party].Name));
                    if (c.Constituency is { } k)
                    {
                        cn.Add("constituency", Text(scenario.Parties[c.Party].Constituencies[k].Name));
                    }

                    string key = c.Target switch
                    {
                        ChangeTarget.Mobilisation => "mobilisation",
                        ChangeTarget.Threshold => "threshold",
                        _ => "reservation",
                    };
                    cn.Add(key, c.Relative ? new YamlMappingNode { { "add", Number(c.Value) } } : Number(c.Value));
                    changes.Add(cn);
                }

                en.Add("changes", changes);
            }

            events.Add(en);
        }

        if (events.Children.Count > 0)
        {
            node.Add("events", events);
        }

        return node;
    }

    private static YamlNode WriteEvaluator(IssueEvaluator evaluator, Issue issue)
    {
        switch (evaluator)
        {
            case DiscreteEvaluator d when issue is DiscreteIssue di:
                if (di.HasDuplicates)
                {
                    var list = new YamlSequenceNode { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };
                    foreach (double e in d.Evaluations)
                    {
                        list.Add(Number(e));
                    }

                    return list;
                }

                var map = new YamlMappingNode { Style = YamlDotNet.Core.Events.MappingStyle.Flow };
                for (int v = 0; v < di.Count; v++)
                {
                    map.Add(Text(di.Options[v]), Number(d.Evaluations[v]));
                }

                return map;
            case LinearEvaluator l:
                var linear = new YamlMappingNode { Style = YamlDotNet.Core.Events.MappingStyle.Flow };
                linear.Add("slope", Number(l.Slope));
                linear.Add("offset", Number(l.Offset));
                if (l.Origin != 0)
                {
                    linear.Add("origin", Number(l.Origin));
                }

                return new YamlMappingNode { { "linear", linear } };
            case ConstantEvaluator c:
                return new YamlMappingNode { { "constant", Number(c.Value) } };
            case TriangularEvaluator t:
                return new YamlMappingNode
                {
                    { "triangular", new YamlMappingNode { { "low", Number(t.Low) }, { "peak", Number(t.Peak) }, { "high", Number(t.High) } } },
                };
            case InterpolationEvaluator p:
                return new YamlMappingNode
                {
                    {
                        "interpolate", new YamlMappingNode
                        {
                            { "lowValue", Number(p.LowValue) }, { "lowUtility", Number(p.LowUtility) },
                            { "highValue", Number(p.HighValue) }, { "highUtility", Number(p.HighUtility) },
                        }
                    },
                };
            default:
                // A table is exact for any evaluator on a discrete issue.
                var table = new YamlSequenceNode { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };
                foreach (double e in evaluator.Table(issue))
                {
                    table.Add(Number(e));
                }

                return table;
        }
    }

    private static YamlMappingNode WriteRectangles(HyperRectangleProfile profile, OutcomeSpace space)
    {
        var groups = new YamlSequenceNode();
        foreach (RectangleGroup g in profile.Groups)
        {
            var rectangles = new YamlSequenceNode();
            foreach (HyperRectangle r in g.Rectangles)
            {
                var bounds = new YamlMappingNode { Style = YamlDotNet.Core.Events.MappingStyle.Flow };
                foreach (RectangleBound b in r.Bounds)
                {
                    bounds.Add(Text(space.Issues[b.Issue].Name), new YamlSequenceNode(Number(b.Min), Number(b.Max)) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow });
                }

                var rect = new YamlMappingNode { { "utility", Number(r.Utility) } };
                if (r.Exclusive)
                {
                    rect.Add("exclusive", Plain("true"));
                }

                rect.Add("bounds", bounds);
                rectangles.Add(rect);
            }

            groups.Add(new YamlMappingNode
            {
                { "weight", Number(g.Weight) },
                { "aggregation", g.Aggregation.ToString().ToLowerInvariant() },
                { "rectangles", rectangles },
            });
        }

        return new YamlMappingNode { { "maxUtility", Number(profile.MaxUtility) }, { "groups", groups } };
    }

    private static YamlScalarNode Number(double d) => Plain(Value.FormatNumber(d));

    private static YamlScalarNode Plain(string s) => new(s) { Style = ScalarStyle.Plain };

    /// <summary>A string scalar, quoted when a plain scalar would read as something else (a number, a boolean...).</summary>
    private static YamlScalarNode Text(string s) =>
        SafePlain().IsMatch(s) && !Reserved.Contains(s) ? new YamlScalarNode(s) { Style = ScalarStyle.Plain } : new YamlScalarNode(s) { Style = ScalarStyle.DoubleQuoted };

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "true", "false", "yes", "no", "on", "off", "null", "y", "n" };

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_ .()/+-]*[A-Za-z0-9_.)]$|^[A-Za-z_]$")]
    private static partial Regex SafePlain();
}
