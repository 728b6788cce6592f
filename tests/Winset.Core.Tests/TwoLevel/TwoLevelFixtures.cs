using System.Collections.Immutable;
using CsCheck;
using Winset.Analysis;
using Winset.Analysis.TwoLevel;
using Winset.Model;

namespace Winset.Core.Tests.TwoLevel;

/// <summary>Scenarios, states and brute-force helpers shared by the two-level tests.</summary>
internal static class TwoLevelFixtures
{
    /// <summary>
    /// Random two-level scenarios of at most ~300 outcomes: 1–3 parties, 0–7 constituencies each (one party in ten has
    /// 21–22, which takes the direct path), with a timeline of up to 12 rounds; tie-prone evaluations one time in two.
    /// </summary>
    public static readonly Gen<Scenario> Scenarios = Gen.Select(Gen.Int, Gen.Int[1, 3], Gen.OneOf(Gen.Const(0), Gen.Const(4), Gen.Const(10)), (seed, parties, levels) =>
    {
        var random = new Random(seed);
        var values = new int[random.Next(1, 4)];
        int n = 1;
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(1, 8);
            while (n * values[i] > 300)
            {
                values[i]--;
            }

            n *= values[i];
        }

        int[] constituencies = [.. Enumerable.Range(0, parties).Select(_ => random.Next(10) == 0 ? 21 + random.Next(2) : random.Next(8))];
        return TwoLevelScenarioGenerator.Generate(random, values, parties, constituencies, rounds: random.Next(0, 13), eventsPerRound: 1.5, evaluationLevels: levels);
    });

    /// <summary>A scenario and a random state of it.</summary>
    public static readonly Gen<(Scenario Scenario, LevelTwoState State)> ScenarioStates =
        Gen.Select(Scenarios, Gen.Int).Select(t => (t.Item1, RandomState(t.Item1, new Random(t.Item2))));

    /// <summary>
    /// A random state: every threshold set to a value in [0.1, 0.9] (on a 0.05 grid one time in two), every mobilisation
    /// to 0, 0.3, 1 or a random value, every reservation value to [0, 0.5].
    /// </summary>
    public static LevelTwoState RandomState(Scenario scenario, Random random)
    {
        var changes = new List<StateChange>();
        bool grid = random.Next(2) == 0;
        for (int p = 0; p < scenario.Parties.Length; p++)
        {
            changes.Add(new StateChange(p, null, ChangeTarget.Reservation, 0.5 * random.NextDouble()));
            for (int c = 0; c < scenario.Parties[p].Constituencies.Length; c++)
            {
                double t = 0.1 + (0.8 * random.NextDouble());
                changes.Add(new StateChange(p, c, ChangeTarget.Threshold, grid ? Math.Round(t * 20) / 20 : t));
                double m = random.Next(4) switch { 0 => 0, 1 => 0.3, 2 => 1, _ => random.NextDouble() };
                changes.Add(new StateChange(p, c, ChangeTarget.Mobilisation, m));
            }
        }

        return LevelTwoState.Initial(scenario).Apply(new TimelineEvent(1, "random state", changes), scenario);
    }

    /// <summary>A state with one change applied.</summary>
    public static LevelTwoState With(this LevelTwoState state, Scenario scenario, params StateChange[] changes) =>
        state.Apply(new TimelineEvent(1, "change", changes), scenario);

    /// <summary>Whether an outcome is ratified by a party and individually rational for it, straight from the model objects.</summary>
    public static bool RatifiesAndRational(Scenario scenario, LevelTwoState state, int p, Outcome outcome)
    {
        Party party = scenario.Parties[p];
        if (!(party.Profile.Utility(outcome) >= state.Reservations[p]))
        {
            return false;
        }

        var approves = new bool[party.Constituencies.Length];
        for (int c = 0; c < approves.Length; c++)
        {
            approves[c] = party.Constituencies[c].WithThreshold(state.Thresholds[p][c]).Approves(party.Constituencies[c].Profile.Utility(outcome));
        }

        return party.Ratification.Passes(approves, state.Mobilisations[p].AsSpan());
    }

    /// <summary>The Nash point within a set by brute force (products of tie-grid keys, relative tolerance 2^-44, smallest index).</summary>
    public static (int Outcome, int Ties)? BruteNash(LevelTwoMatrix matrix, LevelTwoState state, OutcomeSet set, double quantum = AnalysisOptions.DefaultTieQuantum)
    {
        int m = matrix.Scenario.Parties.Length;
        var grid = TieGrid.Create(quantum);
        double Key(double u) => grid.Key(u);
        double Product(int o)
        {
            double product = 1;
            for (int p = 0; p < m; p++)
            {
                product *= Key(matrix.Parties.Utility(p, new OutcomeIndex(o))) - Key(state.Reservations[p]);
            }

            return product;
        }

        var members = set.Members().Select(o => o.Value).ToArray();
        if (members.Length == 0)
        {
            return null;
        }

        double best = members.Max(Product);
        double tol = quantum == 0 ? 0 : Math.Abs(best) / (1L << 44);
        var ties = members.Where(o => Product(o) >= best - tol).ToArray();
        return (ties.Min(), ties.Length);
    }

    /// <summary>
    /// The one-issue line of the brief: x ∈ 0..n, party A ("US") has utility x/n, party B ("China") 1 − x/n; A's home
    /// ratifies iff x ≥ <paramref name="cA"/>, B's iff x ≤ <paramref name="cB"/> (null: no home front).
    /// </summary>
    public static Scenario Line(int? cA, int? cB, int n = 100, double rA = 0, double rB = 0, Timeline? timeline = null, Func<LinearAdditiveProfile, IEnumerable<Constituency>>? extraB = null)
    {
        var space = new OutcomeSpace("line", [new IntegerIssue("x", 0, n)]);
        var up = new LinearEvaluator(1.0 / n, 0);
        var down = new LinearEvaluator(-1.0 / n, 1);
        var a = new LinearAdditiveProfile("US", space, [1.0], [up], rA);
        var b = new LinearAdditiveProfile("China", space, [1.0], [down], rB);
        var homeA = cA is { } ca ? new[] { new Constituency("Congress", a, 1, up.Evaluate(ca), 1) } : [];
        var homeB = (cB is { } cb ? new[] { new Constituency("Conservatives", b, 1, down.Evaluate(cb), 1) } : []).Concat(extraB?.Invoke(b) ?? []).ToArray();
        return new Scenario("line", space, [new Party("US", a, homeA), new Party("China", b, homeB)], timeline: timeline);
    }

    /// <summary>A copy of a party with another rule and/or extra constituencies.</summary>
    public static Scenario WithParty(Scenario s, int p, Func<Party, Party> change) =>
        new(s.Name, s.Space, s.Parties.Select((x, i) => i == p ? change(x) : x), s.Description, s.Timeline);

    /// <summary>Every weighted vote's quota multiplied by a factor (capped at the total weight).</summary>
    public static RatificationRule ScaleQuotas(RatificationRule rule, double factor) => rule switch
    {
        WeightedVoteRule v => new WeightedVoteRule(Math.Min(v.TotalWeight, v.Quota * factor), v.Members, v.Weights),
        AllOfRule a => new AllOfRule([.. a.Children.Select(c => ScaleQuotas(c, factor))]),
        AnyOfRule a => new AnyOfRule([.. a.Children.Select(c => ScaleQuotas(c, factor))]),
        VetoRule v => new VetoRule(v.Holder, ScaleQuotas(v.Rule, factor)),
        _ => rule,
    };

    public static bool HasVote(RatificationRule rule) => rule switch
    {
        WeightedVoteRule => true,
        AllOfRule a => a.Children.Any(HasVote),
        AnyOfRule a => a.Children.Any(HasVote),
        VetoRule v => HasVote(v.Rule),
        _ => false,
    };

    public static ImmutableArray<double> Row(this LevelTwoMatrix matrix, int party) => [.. matrix.Parties.Utilities(party).ToArray()];
}
