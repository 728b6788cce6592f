using System.Collections.Immutable;
using System.Globalization;
using Winset.Diagnostics;
using Winset.Model;
using YamlDotNet.RepresentationModel;

namespace Winset.Formats.Native;

/// <summary>Reading constituencies, ratification rules and the timeline (level II).</summary>
public static partial class NativeScenarioFormat
{
    private static readonly string[] ConstituencyKeys = ["name", "description", "weight", "threshold", "mobilisation", "cap", "weights", "utilities", "rectangles"];
    private static readonly string[] TimelineKeys = ["start", "stepDays", "deadline", "rounds", "events"];
    private static readonly string[] EventKeys = ["date", "round", "label", "kind", "probability", "disclose", "changes", "description"];

    private static Party ReadLevelTwo(YamlNodeReader r, Dictionary<string, (YamlNode Key, YamlNode Value)> e, YamlNode node, OutcomeSpace space, string name, Profile profile)
    {
        var constituencies = new List<Constituency>();
        if (e.TryGetValue("constituencies", out var list))
        {
            foreach (YamlNode c in r.Sequence(list.Value, $"the constituencies of party '{name}'"))
            {
                Constituency constituency = ReadConstituency(r, c, space, name);
                if (constituencies.Any(x => x.Name == constituency.Name))
                {
                    throw r.Error(c, $"party '{name}' has two constituencies named '{constituency.Name}'.");
                }

                constituencies.Add(constituency);
            }
        }

        RatificationRule? rule = null;
        var named = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        if (e.TryGetValue("rules", out var rules))
        {
            named = r.Entries(r.Mapping(rules.Value, $"the named rules of party '{name}'"), $"the named rules of party '{name}'");
            foreach (var (ruleName, (keyNode, _)) in named)
            {
                if (constituencies.Any(c => c.Name == ruleName))
                {
                    throw r.Error(keyNode, $"the rule '{ruleName}' has the name of a constituency; give it another name.");
                }
            }
        }

        if (e.TryGetValue("ratification", out var ratification))
        {
            if (constituencies.Count == 0)
            {
                throw r.Error(ratification.Key, $"party '{name}' has a ratification rule but no constituencies.");
            }

            rule = new RuleReader(r, name, constituencies, named).Read(ratification.Value, []);
        }
        else if (e.TryGetValue("rules", out var orphan))
        {
            throw r.Error(orphan.Key, $"party '{name}' names rules but has no 'ratification' saying which one decides.");
        }

        CommunicationProfile? communication = e.TryGetValue("communication", out var cm) ? ReadCommunication(r, cm.Value) : null;
        return new Party(name, profile, constituencies, rule, communication);
    }

    private static CommunicationProfile ReadCommunication(YamlNodeReader r, YamlNode node)
    {
        var e = r.Entries(r.Mapping(node, "a communication profile"), "a communication profile", "directness", "faceSensitivity", "audienceCost");
        double Get(string key, double fallback)
        {
            if (!e.TryGetValue(key, out var v))
            {
                return fallback;
            }

            double x = r.Number(v.Value, key);
            return x is >= 0 and <= 1 ? x : throw r.Error(v.Value, $"expected {key} between 0 and 1, found {Value.FormatNumber(x)}.");
        }

        var d = CommunicationProfile.Default;
        return new CommunicationProfile(Get("directness", d.Directness), Get("faceSensitivity", d.FaceSensitivity), Get("audienceCost", d.AudienceCost));
    }

    private static readonly (string Name, SpeechAct Act)[] SpeechActs =
    [
        ("offer", SpeechAct.Offer), ("conditionalOffer", SpeechAct.ConditionalOffer), ("request", SpeechAct.Request),
        ("ultimatum", SpeechAct.Ultimatum), ("publicDisclosure", SpeechAct.PublicDisclosure), ("privateAssurance", SpeechAct.PrivateAssurance),
        ("accept", SpeechAct.Accept), ("reject", SpeechAct.Reject),
    ];

    /// <summary>The name of a speech act in files and JSON.</summary>
    public static string SpeechActName(SpeechAct act) => SpeechActs.First(a => a.Act == act).Name;

    /// <summary>Parses a speech act name (an <see cref="InputException"/> listing the known ones otherwise).</summary>
    public static SpeechAct ParseSpeechAct(string name, SourceLocation? where = null)
    {
        foreach (var (n, act) in SpeechActs)
        {
            if (n == name)
            {
                return act;
            }
        }

        throw new InputException($"unknown speech act '{name}'; expected one of: {string.Join(", ", SpeechActs.Select(a => a.Name))}.", where);
    }

    private static List<ScriptedMove> ReadMoves(YamlNodeReader r, YamlNode node, OutcomeSpace space, List<Party> parties, Timeline? timeline)
    {
        var moves = new List<ScriptedMove>();
        foreach (YamlNode m in r.Sequence(node, "the moves"))
        {
            var e = r.Entries(r.Mapping(m, "a move"), "a move", "label", "sender", "act", "offer", "round", "date", "public", "quote");
            string label = r.Scalar(r.Required(e, m, "label", "A move"), "the move's label");
            int sender = PartyIndex(r, r.Required(e, m, "sender", "A move"), parties);
            YamlNode actNode = r.Required(e, m, "act", "A move");
            SpeechAct act = ParseSpeechAct(r.Scalar(actNode, "a speech act"), r.At(actNode));
            Outcome? offer = e.TryGetValue("offer", out var o) ? ReadOutcome(r, o.Value, space) : null;
            if (offer is null && act is SpeechAct.Offer or SpeechAct.ConditionalOffer or SpeechAct.Ultimatum or SpeechAct.PublicDisclosure)
            {
                throw r.Error(m, $"the move '{label}' is an {SpeechActName(act)} and needs the 'offer' it makes.");
            }

            int round = 1;
            DateOnly? date = null;
            if (e.TryGetValue("date", out var d))
            {
                date = Date(r, d.Value, "the move's date");
                int? inRound = timeline?.RoundOf(date.Value);
                if (inRound is not { } rr)
                {
                    throw r.Error(d.Value, "a move with a date needs the timeline to have a 'start' date.");
                }

                if (rr < 1 || rr > timeline!.Rounds)
                {
                    throw r.Error(d.Value, $"the move '{label}' is on {date:yyyy-MM-dd}, outside the timeline.");
                }

                round = rr;
            }
            else if (e.TryGetValue("round", out var rn))
            {
                long n = r.Integer(rn.Value, "the move's round");
                int max = timeline?.Rounds ?? int.MaxValue;
                if (n < 1 || n > max)
                {
                    throw r.Error(rn.Value, $"the move '{label}' is in round {n}, outside 1..{max}.");
                }

                round = (int)n;
            }

            bool isPublic = e.TryGetValue("public", out var p) && r.Boolean(p.Value, "'public'");
            string? quote = e.TryGetValue("quote", out var q) ? r.Scalar(q.Value, "the quote") : null;
            moves.Add(new ScriptedMove(label, sender, act, offer, round, date, isPublic || act == SpeechAct.PublicDisclosure, quote));
        }

        return moves;
    }

    private static Constituency ReadConstituency(YamlNodeReader r, YamlNode node, OutcomeSpace space, string party)
    {
        var e = r.Entries(r.Mapping(node, "a constituency"), "a constituency", ConstituencyKeys);
        string name = r.Scalar(r.Required(e, node, "name", "A constituency"), "the constituency name");
        if (name.Length == 0)
        {
            throw r.Error(node, "a constituency needs a non-empty name.");
        }

        double weight = 1;
        if (e.TryGetValue("weight", out var w))
        {
            weight = r.Number(w.Value, "the constituency's weight");
            if (weight < 0)
            {
                throw r.Error(w.Value, $"a constituency's weight must not be negative; '{name}' has {Value.FormatNumber(weight)}.");
            }
        }

        double threshold = e.TryGetValue("threshold", out var t) ? r.Number(t.Value, "the approval threshold") : 0.5;
        double mobilisation = 1;
        if (e.TryGetValue("mobilisation", out var m))
        {
            mobilisation = r.Number(m.Value, "the mobilisation level");
            if (mobilisation < 0 || mobilisation > 1)
            {
                throw r.Error(m.Value, $"expected a mobilisation level between 0 and 1, found {Value.FormatNumber(mobilisation)}.");
            }
        }

        string? description = e.TryGetValue("description", out var d) ? r.Scalar(d.Value, "a description") : null;
        Profile profile = ReadProfile(r, e, node, space, $"constituency '{name}' of party '{party}'", name, 0, 1);
        return new Constituency(name, profile, weight, threshold, mobilisation, description);
    }

    /// <summary>Resolves a rule tree: names refer to constituencies or to named rules; cycles are errors.</summary>
    private sealed class RuleReader(YamlNodeReader r, string party, List<Constituency> constituencies, Dictionary<string, (YamlNode Key, YamlNode Value)> named)
    {
        public RatificationRule Read(YamlNode node, ImmutableList<string> path)
        {
            if (node is YamlScalarNode)
            {
                string ref_ = r.Scalar(node, "a constituency or rule name");
                int k = constituencies.FindIndex(c => c.Name == ref_);
                if (k >= 0)
                {
                    return new ConstituencyRule(k);
                }

                if (named.TryGetValue(ref_, out var rule))
                {
                    if (path.Contains(ref_))
                    {
                        throw r.Error(node, $"the rules of party '{party}' form a cycle: {string.Join(" → ", path.SkipWhile(p => p != ref_).Append(ref_))}.");
                    }

                    return Read(rule.Value, path.Add(ref_));
                }

                throw r.Error(node, $"the rule names '{ref_}', which is neither a constituency nor a rule of party '{party}'; constituencies: {string.Join(", ", constituencies.Select(c => c.Name))}{(named.Count > 0 ? "; rules: " + string.Join(", ", named.Keys) : string.Empty)}.");
            }

            var e = r.Entries(r.Mapping(node, "a rule (a name, or one of allOf, anyOf, vote, veto)"), "a rule", "allOf", "anyOf", "vote", "veto");
            if (e.Count != 1)
            {
                throw r.Error(node, "a rule has exactly one of allOf, anyOf, vote or veto.");
            }

            var (kind, (_, body)) = e.First();
            switch (kind)
            {
                case "allOf":
                    return new AllOfRule([.. r.Sequence(body, "the rules that must all pass").Select(c => Read(c, path))]);
                case "anyOf":
                    return new AnyOfRule([.. r.Sequence(body, "the rules of which one must pass").Select(c => Read(c, path))]);
                case "veto":
                    {
                        var v = r.Entries(r.Mapping(body, "a veto"), "a veto", "holder", "rule");
                        YamlNode holderNode = r.Required(v, body, "holder", "A veto");
                        return new VetoRule(Constituency(holderNode), Read(r.Required(v, body, "rule", "A veto"), path));
                    }

                default:
                    {
                        var v = r.Entries(r.Mapping(body, "a weighted vote"), "a weighted vote", "quota", "members");
                        YamlNode quotaNode = r.Required(v, body, "quota", "A weighted vote");
                        double quota = r.Number(quotaNode, "the quota");
                        var members = r.Sequence(r.Required(v, body, "members", "A weighted vote"), "the voting constituencies")
                            .Select(Constituency).ToImmutableArray();
                        if (members.Distinct().Count() != members.Length)
                        {
                            throw r.Error(body, "a constituency is listed twice among the members of a vote.");
                        }

                        var weights = members.Select(k => constituencies[k].Weight).ToImmutableArray();
                        double total = weights.Sum();
                        if (!(quota > 0) || quota > total)
                        {
                            throw r.Error(quotaNode, $"the quota {Value.FormatNumber(quota)} must be above 0 and at most the members' total weight {Value.FormatNumber(total)}.");
                        }

                        return new WeightedVoteRule(quota, members, weights);
                    }
            }
        }

        private int Constituency(YamlNode node)
        {
            string n = r.Scalar(node, "a constituency name");
            int k = constituencies.FindIndex(c => c.Name == n);
            return k >= 0 ? k : throw r.Error(node, $"party '{party}' has no constituency '{n}'; its constituencies: {string.Join(", ", constituencies.Select(c => c.Name))}.");
        }
    }

    private static Timeline ReadTimeline(YamlNodeReader r, YamlNode node, OutcomeSpace space, List<Party> parties)
    {
        var e = r.Entries(r.Mapping(node, "a timeline"), "the timeline", TimelineKeys);
        DateOnly? start = e.TryGetValue("start", out var s) ? Date(r, s.Value, "the start date") : null;
        int stepDays = 7;
        if (e.TryGetValue("stepDays", out var sd))
        {
            long days = r.Integer(sd.Value, "the days per round");
            if (days < 1 || days > 3660)
            {
                throw r.Error(sd.Value, $"expected between 1 and 3660 days per round, found {days}.");
            }

            stepDays = (int)days;
        }

        int rounds;
        DateOnly? declaredDeadline = null;
        if (e.TryGetValue("deadline", out var dl))
        {
            if (e.ContainsKey("rounds"))
            {
                throw r.Error(dl.Key, "give the deadline as a date or as rounds, not both.");
            }

            if (start is not { } st)
            {
                throw r.Error(dl.Key, "a deadline date needs a 'start' date to count rounds from.");
            }

            DateOnly deadline = Date(r, dl.Value, "the deadline");
            if (deadline < st)
            {
                throw r.Error(dl.Value, $"the deadline {deadline:yyyy-MM-dd} is before the start {st:yyyy-MM-dd}.");
            }

            rounds = 1 + ((deadline.DayNumber - st.DayNumber) / stepDays);
            declaredDeadline = deadline;
        }
        else
        {
            YamlNode roundsNode = r.Required(e, node, "rounds", "A timeline (or give 'start' and 'deadline' dates)");
            long n = r.Integer(roundsNode, "the number of rounds");
            if (n < 1 || n > 1_000_000)
            {
                throw r.Error(roundsNode, $"expected between 1 and 1000000 rounds, found {n}.");
            }

            rounds = (int)n;
        }

        var probe = new Timeline(rounds, null, start, stepDays);
        var events = new List<TimelineEvent>();
        if (e.TryGetValue("events", out var list))
        {
            foreach (YamlNode ev in r.Sequence(list.Value, "the events"))
            {
                events.Add(ReadEvent(r, ev, space, parties, probe, declaredDeadline ?? probe.Deadline));
            }
        }

        return new Timeline(rounds, events, start, stepDays);
    }

    private static TimelineEvent ReadEvent(YamlNodeReader r, YamlNode node, OutcomeSpace space, List<Party> parties, Timeline timeline, DateOnly? deadline)
    {
        var e = r.Entries(r.Mapping(node, "an event"), "an event", EventKeys);
        string label = r.Scalar(r.Required(e, node, "label", "An event"), "the event's label");
        DateOnly? date = null;
        int round;
        if (e.TryGetValue("date", out var d))
        {
            if (e.ContainsKey("round"))
            {
                throw r.Error(d.Key, "give an event a date or a round, not both.");
            }

            date = Date(r, d.Value, "the event's date");
            if (timeline.Start is not { } start)
            {
                throw r.Error(d.Value, "an event with a date needs the timeline to have a 'start' date.");
            }

            if (date < start)
            {
                throw r.Error(d.Value, $"the event '{label}' is on {date:yyyy-MM-dd}, before the timeline starts on {start:yyyy-MM-dd}.");
            }

            round = timeline.RoundOf(date.Value)!.Value;
            if (round > timeline.Rounds || date > deadline)
            {
                throw r.Error(d.Value, $"the event '{label}' is on {date:yyyy-MM-dd}, after the deadline {deadline:yyyy-MM-dd}.");
            }
        }
        else
        {
            YamlNode roundNode = r.Required(e, node, "round", "An event (or give a 'date')");
            long n = r.Integer(roundNode, "the event's round");
            if (n < 1 || n > timeline.Rounds)
            {
                throw r.Error(roundNode, $"the event '{label}' is in round {n}, outside the timeline's rounds 1..{timeline.Rounds}.");
            }

            round = (int)n;
        }

        double probability = 1;
        if (e.TryGetValue("probability", out var p))
        {
            probability = r.Number(p.Value, "the event's probability");
            if (probability < 0 || probability > 1)
            {
                throw r.Error(p.Value, $"expected a probability between 0 and 1, found {Value.FormatNumber(probability)}.");
            }
        }

        string? kind = e.TryGetValue("kind", out var k) ? r.Scalar(k.Value, "the event's kind") : null;
        Disclosure? disclosure = null;
        if (e.TryGetValue("disclose", out var disc))
        {
            var de = r.Entries(r.Mapping(disc.Value, "a disclosure"), "a disclosure", "party", "offer", "mobilisation");
            int party = PartyIndex(r, r.Required(de, disc.Value, "party", "A disclosure"), parties);
            Outcome? offer = de.TryGetValue("offer", out var o) ? ReadOutcome(r, o.Value, space) : null;
            double level = 1;
            if (de.TryGetValue("mobilisation", out var m))
            {
                level = r.Number(m.Value, "the mobilisation the losers reach");
                if (level < 0 || level > 1)
                {
                    throw r.Error(m.Value, $"expected a mobilisation level between 0 and 1, found {Value.FormatNumber(level)}.");
                }
            }

            if (parties[party].Constituencies.IsEmpty)
            {
                throw r.Error(disc.Value, $"party '{parties[party].Name}' has no constituencies to hear a disclosure.");
            }

            disclosure = new Disclosure(party, offer, level);
        }

        var changes = new List<StateChange>();
        if (e.TryGetValue("changes", out var cl))
        {
            foreach (YamlNode c in r.Sequence(cl.Value, "the event's changes"))
            {
                changes.Add(ReadChange(r, c, parties));
            }
        }

        if (disclosure is null && changes.Count == 0)
        {
            throw r.Error(node, $"the event '{label}' changes nothing; give it 'changes' or 'disclose'.");
        }

        return new TimelineEvent(round, label, changes, disclosure, probability, date, kind);
    }

    private static StateChange ReadChange(YamlNodeReader r, YamlNode node, List<Party> parties)
    {
        var e = r.Entries(r.Mapping(node, "a change"), "a change", "party", "constituency", "mobilisation", "threshold", "reservation");
        int party = PartyIndex(r, r.Required(e, node, "party", "A change"), parties);
        int? constituency = null;
        if (e.TryGetValue("constituency", out var c))
        {
            string name = r.Scalar(c.Value, "a constituency name");
            int k = parties[party].IndexOfConstituency(name);
            constituency = k >= 0 ? k : throw r.Error(c.Value, $"party '{parties[party].Name}' has no constituency '{name}'; its constituencies: {string.Join(", ", parties[party].Constituencies.Select(x => x.Name))}.");
        }

        var targets = new[] { ("mobilisation", ChangeTarget.Mobilisation), ("threshold", ChangeTarget.Threshold), ("reservation", ChangeTarget.Reservation) }
            .Where(t => e.ContainsKey(t.Item1)).ToArray();
        if (targets.Length != 1)
        {
            throw r.Error(node, "a change sets exactly one of mobilisation, threshold or reservation.");
        }

        var (key, target) = targets[0];
        if (target == ChangeTarget.Reservation && constituency is not null)
        {
            throw r.Error(e["constituency"].Key, "a reservation value belongs to the party, not to a constituency.");
        }

        if (target != ChangeTarget.Reservation && constituency is null)
        {
            throw r.Error(node, $"a change of {key} needs the 'constituency' it applies to.");
        }

        YamlNode valueNode = e[key].Value;
        bool relative = false;
        double value;
        if (valueNode is YamlMappingNode)
        {
            var add = r.Entries(r.Mapping(valueNode, "a relative change"), "a relative change", "add");
            value = r.Number(r.Required(add, valueNode, "add", "A relative change"), "the amount to add");
            relative = true;
        }
        else
        {
            value = r.Number(valueNode, $"the new {key}");
            if (target == ChangeTarget.Mobilisation && (value < 0 || value > 1))
            {
                throw r.Error(valueNode, $"expected a mobilisation level between 0 and 1, found {Value.FormatNumber(value)}.");
            }
        }

        return new StateChange(party, constituency, target, value, relative);
    }

    private static int PartyIndex(YamlNodeReader r, YamlNode node, List<Party> parties)
    {
        string name = r.Scalar(node, "a party name");
        int index = parties.FindIndex(p => p.Name == name);
        return index >= 0 ? index : throw r.Error(node, $"there is no party '{name}'; parties: {string.Join(", ", parties.Select(p => p.Name))}.");
    }

    /// <summary>An outcome given as issue → value; every issue is required.</summary>
    internal static Outcome ReadOutcome(YamlNodeReader r, YamlNode node, OutcomeSpace space)
    {
        var e = r.Entries(r.Mapping(node, "an outcome (issue → value)"), "an outcome");
        var indices = new int[space.Issues.Length];
        for (int i = 0; i < space.Issues.Length; i++)
        {
            Issue issue = space.Issues[i];
            if (!e.TryGetValue(issue.Name, out var v))
            {
                throw r.Error(node, $"the outcome gives no value for issue '{issue.Name}'.");
            }

            string text = r.Scalar(v.Value, $"a value of issue '{issue.Name}'");
            Value value = issue.Kind == IssueKind.Discrete
                ? Value.Of(text)
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) ? Value.Of(x) : Value.Of(text);
            indices[i] = issue.IndexOf(value);
            if (indices[i] < 0)
            {
                throw r.Error(v.Value, $"issue '{issue.Name}' has no value '{text}'.");
            }
        }

        foreach (var (key, (keyNode, _)) in e)
        {
            if (space.IndexOfIssue(key) < 0)
            {
                throw r.Error(keyNode, $"the outcome names issue '{key}', which the scenario does not have.");
            }
        }

        return new Outcome([.. indices]);
    }

    private static DateOnly Date(YamlNodeReader r, YamlNode node, string what)
    {
        string text = r.Scalar(node, what);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw r.Error(node, $"expected {what} as YYYY-MM-DD, found '{text}'.");
    }
}
