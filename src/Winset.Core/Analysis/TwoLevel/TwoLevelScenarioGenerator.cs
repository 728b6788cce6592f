using System.Collections.Immutable;
using System.Globalization;
using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// Seeded random two-level scenarios — parties from <see cref="ScenarioGenerator"/>, each with constituencies, a
/// ratification rule and a timeline of events — for benchmarks, property tests and <c>winset bench</c>: the same seed
/// and arguments give the same scenario on every machine.
/// </summary>
/// <remarks>
/// <para>A constituency's evaluations are its own party's (an ally) or another party's (an opponent), each value
/// perturbed by up to ±0.3 and clamped to [0, 1], with its own random issue weights; thresholds are drawn from
/// [0.3, 0.7], mobilisation from [0.2, 1], weights from 1..10. Constituencies are named <c>c1…</c>.</para>
/// <para>Rules, drawn per party: all-of every constituency; a weighted vote of all with a quota of 30–80% of the total
/// weight; a veto player over a vote of the others; or all of (a vote of the first half, any of the rest).</para>
/// <para>Events: per round, ⌊eventsPerRound⌋ events plus one more with the fractional part's probability; each changes a
/// mobilisation (to 0, 0.3, 0.7 or 1), a threshold (±0.05 or ±0.1) or a reservation value (to [0, 0.4]), and one in
/// six also discloses an offer (a random outcome, or none: the standing offer) to a party; one in ten events has
/// probability 0.3, the others 1.</para>
/// </remarks>
public static class TwoLevelScenarioGenerator
{
    /// <summary>The seed of <see cref="Workload"/>.</summary>
    public const int WorkloadSeed = 19991115;

    /// <summary>
    /// The standard two-level workload of the benchmarks and <c>winset bench twolevel</c>: two parties with
    /// <paramref name="constituencies"/>/2 constituencies each, log10(<paramref name="outcomes"/>) issues of 10 values,
    /// and <paramref name="rounds"/> rounds of about one event each (seed <see cref="WorkloadSeed"/>).
    /// </summary>
    /// <param name="outcomes">The space's size, a power of 10 (default 10^6).</param>
    /// <param name="constituencies">The constituencies of both parties together (default 20).</param>
    /// <param name="rounds">The timeline's rounds (default 100).</param>
    public static Scenario Workload(int outcomes = 1_000_000, int constituencies = 20, int rounds = 100)
    {
        int issues = (int)Math.Round(Math.Log10(outcomes));
        if (issues < 1 || Math.Pow(10, issues) != outcomes)
        {
            throw new ArgumentOutOfRangeException(nameof(outcomes), outcomes, "The number of outcomes must be a power of 10, at least 10.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(constituencies);
        return Generate(new Random(WorkloadSeed), Enumerable.Repeat(10, issues).ToArray(), 2, [constituencies / 2, constituencies - (constituencies / 2)], rounds, eventsPerRound: 1);
    }

    /// <summary>A random two-level scenario.</summary>
    /// <param name="seed">The seed of every choice.</param>
    /// <param name="valuesPerIssue">Each issue's number of values (the space is their product).</param>
    /// <param name="parties">The number of parties, at least 1.</param>
    /// <param name="constituenciesPerParty">Each party's number of constituencies (0 for none).</param>
    /// <param name="rounds">The timeline's rounds; 0 for no timeline.</param>
    /// <param name="eventsPerRound">The mean number of events per round.</param>
    /// <param name="evaluationLevels">0 for continuous evaluations, or L for evaluations on the grid k/L (many ties).</param>
    public static Scenario Generate(
        int seed, IReadOnlyList<int> valuesPerIssue, int parties, int constituenciesPerParty, int rounds = 0, double eventsPerRound = 1, int evaluationLevels = 0) =>
        Generate(new Random(seed), valuesPerIssue, parties, Enumerable.Repeat(constituenciesPerParty, parties).ToArray(), rounds, eventsPerRound, evaluationLevels);

    /// <summary>A random two-level scenario with a given number of constituencies for each party.</summary>
    public static Scenario Generate(
        Random random, IReadOnlyList<int> valuesPerIssue, int parties, IReadOnlyList<int> constituencies, int rounds = 0, double eventsPerRound = 1, int evaluationLevels = 0)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(constituencies);
        ArgumentOutOfRangeException.ThrowIfNegative(rounds);
        if (constituencies.Count != parties)
        {
            throw new ArgumentException($"{constituencies.Count} constituency counts for {parties} parties.", nameof(constituencies));
        }

        Scenario flat = ScenarioGenerator.LinearAdditive(random, parties, valuesPerIssue, 0.3, evaluationLevels);
        OutcomeSpace space = flat.Space;
        var built = new Party[parties];
        for (int p = 0; p < parties; p++)
        {
            var own = (LinearAdditiveProfile)flat.Parties[p].Profile;
            int k = constituencies[p];
            ArgumentOutOfRangeException.ThrowIfNegative(k, nameof(constituencies));
            var list = new Constituency[k];
            var weights = new double[k];
            for (int c = 0; c < k; c++)
            {
                var basis = (LinearAdditiveProfile)flat.Parties[random.NextDouble() < 0.6 || parties == 1 ? p : (p + 1 + random.Next(parties - 1)) % parties].Profile;
                string name = "c" + (c + 1).ToString(CultureInfo.InvariantCulture);
                weights[c] = 1 + random.Next(10);
                list[c] = new Constituency(
                    name,
                    Perturb(random, space, basis, $"{own.Name}.{name}", evaluationLevels),
                    weights[c],
                    threshold: Grid(0.3 + (0.4 * random.NextDouble()), evaluationLevels),
                    mobilisation: Math.Round(0.2 + (0.8 * random.NextDouble()), 2));
            }

            built[p] = new Party(own.Name, own, list, k == 0 ? null : Rule(random, weights));
        }

        Timeline? timeline = rounds == 0 ? null : new Timeline(rounds, Events(random, built, space, rounds, eventsPerRound));
        return new Scenario("random two-level", space, built, timeline: timeline);
    }

    private static double Grid(double x, int levels) => levels > 0 ? Math.Round(x * levels) / levels : x;

    private static LinearAdditiveProfile Perturb(Random random, OutcomeSpace space, LinearAdditiveProfile basis, string name, int levels)
    {
        var weights = new double[space.Issues.Length];
        double total = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = 0.05 + random.NextDouble();
            total += weights[i];
        }

        var evaluators = new IssueEvaluator[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] /= total;
            double[] table = basis.Evaluators[i].Table(space.Issues[i]);
            for (int v = 0; v < table.Length; v++)
            {
                table[v] = Grid(Math.Clamp(table[v] + (0.6 * random.NextDouble()) - 0.3, 0, 1), levels);
            }

            evaluators[i] = new DiscreteEvaluator([.. table]);
        }

        return new LinearAdditiveProfile(name, space, weights, evaluators);
    }

    private static RatificationRule Rule(Random random, double[] weights)
    {
        int k = weights.Length;
        int shape = k == 1 ? random.Next(2) * 1 : random.Next(4);
        switch (shape)
        {
            case 0:
                return new AllOfRule([.. Enumerable.Range(0, k).Select(c => (RatificationRule)new ConstituencyRule(c))]);
            case 1:
                return Vote(random, Enumerable.Range(0, k).ToArray(), weights);
            case 2:
                return new VetoRule(0, Vote(random, Enumerable.Range(1, k - 1).ToArray(), weights));
            default:
                int half = Math.Max(1, k / 2);
                return new AllOfRule(
                [
                    Vote(random, Enumerable.Range(0, half).ToArray(), weights),
                    new AnyOfRule([.. Enumerable.Range(half, k - half).Select(c => (RatificationRule)new ConstituencyRule(c))]),
                ]);
        }
    }

    private static WeightedVoteRule Vote(Random random, int[] members, double[] weights)
    {
        ImmutableArray<double> w = [.. members.Select(m => weights[m])];
        double quota = Math.Max(1, Math.Round((0.3 + (0.5 * random.NextDouble())) * w.Sum()));
        return new WeightedVoteRule(quota, [.. members], w);
    }

    private static List<TimelineEvent> Events(Random random, Party[] parties, OutcomeSpace space, int rounds, double eventsPerRound)
    {
        var events = new List<TimelineEvent>();
        var withHome = Enumerable.Range(0, parties.Length).Where(p => parties[p].HasLevelTwo).ToArray();
        int whole = (int)Math.Floor(eventsPerRound);
        double fraction = eventsPerRound - whole;
        for (int round = 1; round <= rounds; round++)
        {
            int count = whole + (random.NextDouble() < fraction ? 1 : 0);
            for (int e = 0; e < count; e++)
            {
                var changes = new List<StateChange>();
                int kind = withHome.Length == 0 ? 2 : random.Next(3);
                int p = kind == 2 ? random.Next(parties.Length) : withHome[random.Next(withHome.Length)];
                int c = parties[p].HasLevelTwo ? random.Next(parties[p].Constituencies.Length) : 0;
                switch (kind)
                {
                    case 0:
                        changes.Add(new StateChange(p, c, ChangeTarget.Mobilisation, new[] { 0, 0.3, 0.7, 1 }[random.Next(4)]));
                        break;
                    case 1:
                        changes.Add(new StateChange(p, c, ChangeTarget.Threshold, new[] { -0.1, -0.05, 0.05, 0.1 }[random.Next(4)], Relative: true));
                        break;
                    default:
                        changes.Add(new StateChange(p, null, ChangeTarget.Reservation, Math.Round(0.4 * random.NextDouble(), 2)));
                        break;
                }

                Disclosure? disclosure = null;
                if (withHome.Length > 0 && random.Next(6) == 0)
                {
                    int to = withHome[random.Next(withHome.Length)];
                    Outcome? offer = random.Next(2) == 0 ? null : space.OutcomeAt(new OutcomeIndex(random.Next(space.Count)));
                    disclosure = new Disclosure(to, offer);
                }

                double probability = random.Next(10) == 0 ? 0.3 : 1;
                string label = $"event {round}.{e + 1}";
                events.Add(new TimelineEvent(round, label, changes, disclosure, probability, kind: disclosure is null ? "change" : "disclose"));
            }
        }

        return events;
    }
}
