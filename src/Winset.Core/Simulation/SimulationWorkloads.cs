using System.Collections.Immutable;
using System.Globalization;
using Winset.Model;

namespace Winset.Simulation;

/// <summary>
/// Seeded random two-level scenarios, for property tests, benchmarks and <c>winset bench</c>: parties with
/// constituencies, ratification rules and, optionally, a timeline. The same seed and arguments give the same scenario.
/// </summary>
/// <remarks>
/// <para>Issues are discrete (<c>issue1…</c>, values <c>v1…</c>). Party 0 prefers high value indices and party 1 low ones
/// (each issue's evaluations are a random perturbation of a ramp), so that the parties are opposed; further parties
/// are random. Weights are random and sum to 1.</para>
/// <para>A constituency's evaluations mix its party's and the first opponent's: α·own + (1 − α)·opponent's, α uniform
/// in [0.3, 1] (hawks near 1), with its own random weights; its threshold is the utility at a random quantile in
/// [0.1, 0.6] of its utilities over the space (it approves 40–90 % of the outcomes); weight 1–5; mobilisation 0.5–1.</para>
/// <para>The ratification rule is drawn among: all of them; a weighted vote with a quota of 40–80 % of the total
/// weight; a veto player over a weighted vote; any of two weighted votes; all of a vote and a veto.</para>
/// </remarks>
public static class SimulationWorkloads
{
    /// <summary>The flagship's shape: 7 issues of 3–6 options (12,960 outcomes).</summary>
    public static ImmutableArray<int> FlagshipIssues { get; } = [4, 3, 5, 4, 6, 3, 3];

    /// <summary>
    /// A scenario of the flagship's shape (<c>scenarios/us-china-wto-1999.yaml</c>): two parties over
    /// <see cref="FlagshipIssues"/>, six constituencies each, and a weekly timeline of 35 rounds from 1999-04-01 with
    /// eight events — a disclosure of the standing offer, mobilisations and demobilisations, a reservation shock and its
    /// reversal, threshold shifts — some of them probabilistic.
    /// </summary>
    public static Scenario FlagshipShaped(int seed = 1)
    {
        var random = new Random(seed);
        Scenario s = RandomTwoLevel(random, 2, FlagshipIssues, 6, 0.3);
        var events = new List<TimelineEvent>
        {
            new(2, "Party 1 publishes the standing offer", disclosure: new Disclosure(1, null, 1.0), kind: "disclose"),
            new(3, "Party 0's business lobby mobilises", [new StateChange(0, 2, ChangeTarget.Mobilisation, 1.0)], kind: "mobilise"),
            new(6, "Shock: party 1's reservation value rises", [new StateChange(1, null, ChangeTarget.Reservation, 0.55)], probability: 0.8, kind: "shock"),
            new(9, "Party 0's opponents mobilise", [new StateChange(0, 4, ChangeTarget.Mobilisation, 1.0)], probability: 0.6, kind: "mobilise"),
            new(12, "Party 1's hawks harden", [new StateChange(1, 1, ChangeTarget.Threshold, 0.05, Relative: true)], probability: 0.5, kind: "threshold"),
            new(20, "Summit: party 1's reservation value falls back", [new StateChange(1, null, ChangeTarget.Reservation, 0.3)], kind: "shock"),
            new(22, "Party 1 demobilises its opponents", [new StateChange(1, 3, ChangeTarget.Mobilisation, 0.2), new StateChange(1, 5, ChangeTarget.Mobilisation, 0.2)], kind: "demobilise"),
            new(28, "Party 0's cabinet softens", [new StateChange(0, 0, ChangeTarget.Threshold, -0.03, Relative: true)], probability: 0.7, kind: "threshold"),
        };
        var timeline = new Timeline(35, events, new DateOnly(1999, 4, 1), 7);
        return new Scenario("flagship-shaped", s.Space, s.Parties, "A generated scenario of the flagship's shape.", timeline);
    }

    /// <summary>A random two-level scenario (see the remarks for the distributions).</summary>
    /// <param name="random">The seeded generator all choices come from.</param>
    /// <param name="parties">The number of parties, at least 2.</param>
    /// <param name="valuesPerIssue">Each issue's number of values (at least 1 each).</param>
    /// <param name="constituencies">Constituencies per party (0: none, a plain scenario).</param>
    /// <param name="maxReservationValue">Reservation values are uniform in [0, this].</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static Scenario RandomTwoLevel(Random random, int parties, IReadOnlyList<int> valuesPerIssue, int constituencies, double maxReservationValue = 0.3)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(valuesPerIssue);
        ArgumentOutOfRangeException.ThrowIfLessThan(parties, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(constituencies);
        var issues = new Issue[valuesPerIssue.Count];
        for (int i = 0; i < issues.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(valuesPerIssue[i], 1, nameof(valuesPerIssue));
            issues[i] = new DiscreteIssue(Name("issue", i), Enumerable.Range(0, valuesPerIssue[i]).Select(v => Name("v", v)));
        }

        var space = new OutcomeSpace("random-two-level", issues);
        var evaluations = new double[parties][][];
        for (int p = 0; p < parties; p++)
        {
            evaluations[p] = new double[issues.Length][];
            for (int i = 0; i < issues.Length; i++)
            {
                int k = issues[i].Count;
                var e = new double[k];
                for (int v = 0; v < k; v++)
                {
                    double ramp = k == 1 ? 1 : v / (double)(k - 1);
                    double baseline = p == 0 ? ramp : p == 1 ? 1 - ramp : random.NextDouble();
                    e[v] = Math.Clamp(baseline + ((random.NextDouble() - 0.5) * 0.3), 0, 1);
                }

                evaluations[p][i] = e;
            }
        }

        var list = new Party[parties];
        for (int p = 0; p < parties; p++)
        {
            string name = Name("party", p);
            var profile = new LinearAdditiveProfile(name, space, Weights(random, issues.Length), Evaluators(evaluations[p]), random.NextDouble() * maxReservationValue);
            var members = new Constituency[constituencies];
            int opponent = p == 0 ? 1 : 0;
            for (int c = 0; c < constituencies; c++)
            {
                double alpha = 0.3 + (0.7 * random.NextDouble());
                var mixed = new double[issues.Length][];
                for (int i = 0; i < issues.Length; i++)
                {
                    mixed[i] = new double[issues[i].Count];
                    for (int v = 0; v < mixed[i].Length; v++)
                    {
                        mixed[i][v] = (alpha * evaluations[p][i][v]) + ((1 - alpha) * evaluations[opponent][i][v]);
                    }
                }

                string cname = name + "-" + Name("group", c);
                var cprofile = new LinearAdditiveProfile(cname, space, Weights(random, issues.Length), Evaluators(mixed));
                double[] u = cprofile.ComputeUtilities();
                Array.Sort(u);
                double threshold = u[(int)((0.1 + (0.5 * random.NextDouble())) * (u.Length - 1))];
                members[c] = new Constituency(cname, cprofile, 1 + random.Next(5), threshold, 0.5 + (0.5 * random.NextDouble()));
            }

            list[p] = new Party(name, profile, members, constituencies == 0 ? null : Rule(random, members));
        }

        return new Scenario("random-two-level", space, list);
    }

    private static RatificationRule Rule(Random random, Constituency[] members)
    {
        int k = members.Length;
        ImmutableArray<int> all = [.. Enumerable.Range(0, k)];
        WeightedVoteRule Vote(ImmutableArray<int> who, double share)
        {
            ImmutableArray<double> weights = [.. who.Select(i => members[i].Weight)];
            return new WeightedVoteRule(share * weights.Sum(), who, weights);
        }

        double quota = 0.4 + (0.4 * random.NextDouble());
        switch (k == 1 ? 0 : random.Next(5))
        {
            case 0:
                return new AllOfRule([.. all.Select(i => (RatificationRule)new ConstituencyRule(i))]);
            case 1:
                return Vote(all, quota);
            case 2:
                return new VetoRule(0, Vote([.. all.Skip(1)], quota));
            case 3:
                int half = k / 2;
                return new AnyOfRule([Vote([.. all.Take(half)], quota), Vote([.. all.Skip(half)], quota)]);
            default:
                return new AllOfRule([Vote([.. all.Skip(1)], quota), new ConstituencyRule(0)]);
        }
    }

    private static double[] Weights(Random random, int count)
    {
        var w = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++)
        {
            w[i] = 0.05 + random.NextDouble();
            total += w[i];
        }

        for (int i = 0; i < count; i++)
        {
            w[i] /= total;
        }

        return w;
    }

    private static IssueEvaluator[] Evaluators(double[][] evaluations) =>
        [.. evaluations.Select(e => (IssueEvaluator)new DiscreteEvaluator([.. e]))];

    private static string Name(string prefix, int i) => prefix + (i + 1).ToString(CultureInfo.InvariantCulture);
}
