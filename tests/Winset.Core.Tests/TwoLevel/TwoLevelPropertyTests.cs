using CsCheck;
using Winset.Analysis;
using Winset.Analysis.TwoLevel;
using Winset.Model;

namespace Winset.Core.Tests.TwoLevel;

/// <summary>The properties T1, T2, T3, T5 and T8 of the two-level brief, over generated scenarios.</summary>
public sealed class TwoLevelPropertyTests
{
    private const long Iterations = 150;

    /// <summary>T1: a ratifiable agreement exists iff the win-sets and the individually rational sets intersect.</summary>
    [Fact]
    public void T1_AgreementExists_IffWinSetsAndRationalSetsIntersect()
    {
        TwoLevelFixtures.ScenarioStates.Sample(t =>
        {
            var (s, state) = t;
            var matrix = LevelTwoMatrix.Compute(s);
            OutcomeSet intersection = OutcomeSet.All(matrix.OutcomeCount);
            for (int p = 0; p < s.Parties.Length; p++)
            {
                intersection = intersection.Intersect(WinSets.Compute(matrix, state, p)).Intersect(WinSets.IndividuallyRational(matrix, state, p));
            }

            // Independently, from the model objects: is some outcome ratified by every party and rational for it?
            bool exists = Enumerable.Range(0, matrix.OutcomeCount).Any(o =>
                Enumerable.Range(0, s.Parties.Length).All(p => TwoLevelFixtures.RatifiesAndRational(s, state, p, s.Space.OutcomeAt(new OutcomeIndex(o)))));

            OutcomeSet space = WinSets.AgreementSpace(matrix, state);
            space.ShouldBe(intersection);
            space.IsEmpty.ShouldBe(!exists);
        }, iter: Iterations);
    }

    /// <summary>
    /// T1: shrinking a win-set — a higher threshold, a higher quota, mobilising an opponent (a constituency that approves
    /// nothing) — gives a subset of the win-set and of the agreement space, so it never creates feasibility.
    /// </summary>
    [Fact]
    public void T1_Shrinking_NeverCreatesFeasibility()
    {
        Gen.Select(TwoLevelFixtures.ScenarioStates, Gen.Int, Gen.Double[0.01, 0.3]).Sample(t =>
        {
            var ((s, state), seed, delta) = t;
            var random = new Random(seed);
            int p = random.Next(s.Parties.Length);
            int k = s.Parties[p].Constituencies.Length;
            var matrix = LevelTwoMatrix.Compute(s);
            OutcomeSet before = WinSets.Compute(matrix, state, p);
            OutcomeSet space = WinSets.AgreementSpace(matrix, state);
            if (k == 0)
            {
                return;
            }

            int c = random.Next(k);

            // A hawkish shift.
            LevelTwoState hawkish = state.With(s, new StateChange(p, c, ChangeTarget.Threshold, delta, Relative: true));
            Shrinks(matrix, hawkish, p, before, space);

            // Mobilising an opponent: a constituency that approves nothing (threshold above every utility).
            LevelTwoState opponent = state.With(s, new StateChange(p, c, ChangeTarget.Threshold, 2), new StateChange(p, c, ChangeTarget.Mobilisation, 1));
            LevelTwoState absent = state.With(s, new StateChange(p, c, ChangeTarget.Threshold, 2));
            Shrinks(matrix, opponent, p, WinSets.Compute(matrix, absent, p), WinSets.AgreementSpace(matrix, absent));

            // A higher quota.
            if (TwoLevelFixtures.HasVote(s.Parties[p].Ratification))
            {
                Scenario stricter = TwoLevelFixtures.WithParty(s, p, x => new Party(x.Name, x.Profile, x.Constituencies, TwoLevelFixtures.ScaleQuotas(x.Ratification, 1 + delta)));
                Shrinks(LevelTwoMatrix.Compute(stricter), state, p, before, space);
            }
        }, iter: Iterations);
    }

    /// <summary>T1: enlarging a win-set — a lower threshold, a lower quota, mobilising a supporter — never destroys feasibility.</summary>
    [Fact]
    public void T1_Enlarging_NeverDestroysFeasibility()
    {
        Gen.Select(TwoLevelFixtures.ScenarioStates, Gen.Int, Gen.Double[0.01, 0.3]).Sample(t =>
        {
            var ((s, state), seed, delta) = t;
            var random = new Random(seed);
            int p = random.Next(s.Parties.Length);
            int k = s.Parties[p].Constituencies.Length;
            if (k == 0)
            {
                return;
            }

            var matrix = LevelTwoMatrix.Compute(s);
            int c = random.Next(k);
            OutcomeSet before = WinSets.Compute(matrix, state, p);
            OutcomeSet space = WinSets.AgreementSpace(matrix, state);

            LevelTwoState dovish = state.With(s, new StateChange(p, c, ChangeTarget.Threshold, -delta, Relative: true));
            Enlarges(matrix, dovish, p, before, space);

            // Mobilising a supporter that approves everything (threshold below every utility). (Demobilising one would
            // not do: in a weighted vote its weight counts for every outcome, more than its share of the quota.)
            LevelTwoState idle = state.With(s, new StateChange(p, c, ChangeTarget.Threshold, -2), new StateChange(p, c, ChangeTarget.Mobilisation, 0));
            LevelTwoState active = idle.With(s, new StateChange(p, c, ChangeTarget.Mobilisation, 1));
            Enlarges(matrix, active, p, WinSets.Compute(matrix, idle, p), WinSets.AgreementSpace(matrix, idle));

            if (TwoLevelFixtures.HasVote(s.Parties[p].Ratification))
            {
                Scenario laxer = TwoLevelFixtures.WithParty(s, p, x => new Party(x.Name, x.Profile, x.Constituencies, TwoLevelFixtures.ScaleQuotas(x.Ratification, 1 - (delta / 2))));
                Enlarges(LevelTwoMatrix.Compute(laxer), state, p, before, space);
            }
        }, iter: Iterations);
    }

    /// <summary>
    /// T2 (Schelling): party B's home gains a hawk whose preferences are B's own (its approval set is an upper set of B's
    /// utility). Raising the hawk's threshold shrinks B's win-set toward B, and B's utility at the restricted Nash
    /// solution weakly rises, as long as the agreement space is non-empty.
    /// </summary>
    [Fact]
    public void T2_TyingBsHands_MovesTheSolutionTowardB()
    {
        HawkSweep((s, matrix, steps) =>
        {
            double last = double.NegativeInfinity;
            foreach (var (_, space, best) in steps)
            {
                if (best is null)
                {
                    space.ShouldBe(0);
                    continue;
                }

                best.Utilities[1].ShouldBeGreaterThanOrEqualTo(last);
                last = best.Utilities[1];
            }
        });
    }

    /// <summary>
    /// T3 (too hawkish): the agreement space shrinks as the hawk's threshold rises, and it is empty exactly past
    /// τ* = the largest utility B gets in the unconstrained agreement space.
    /// </summary>
    [Fact]
    public void T3_PastAThreshold_TheAgreementSpaceEmpties()
    {
        HawkSweep((s, matrix, steps) =>
        {
            double tauStar = steps[0].Space == 0 ? double.NegativeInfinity : MaxB(matrix, s);
            int last = int.MaxValue;
            foreach (var (tau, space, _) in steps)
            {
                space.ShouldBeLessThanOrEqualTo(last);
                last = space;
                (space > 0).ShouldBe(tau <= tauStar);
            }

            steps[^1].Space.ShouldBe(0);
        });
    }

    /// <summary>
    /// T5, on the brief's one-issue line x ∈ 0..N (u_A = x/N, u_B = 1 − x/N) with reservation values that put the
    /// unconstrained Nash point on a unique integer: two-sided constraints of equal tightness k (A's home ratifies
    /// x ≥ k, B's x ≤ N − k) give a split at least as equal — |u_A − u_B| no larger — as either one-sided constraint of
    /// the same tightness, whenever the two-sided agreement space is non-empty. With equal reservation values the
    /// two-sided split is exactly equal, while a binding one-sided constraint (k &gt; N/2) gives the constrained side k/N.
    /// </summary>
    [Fact]
    public void T5_TwoSidedConstraints_GiveAMoreEqualSplit()
    {
        Gen.Select(Gen.OneOf(Gen.Const(20), Gen.Const(40), Gen.Const(100)), Gen.Int[0, 3], Gen.Int[0, 3], Gen.Double[0, 1]).Sample(t =>
        {
            var (n, ia, ib, f) = t;
            double rA = ia / 10.0, rB = ib / 10.0;
            int k = (int)Math.Round(f * n);
            double? Gap(int? cA, int? cB)
            {
                Scenario s = TwoLevelFixtures.Line(cA, cB, n, rA, rB);
                SolutionPoint? best = WinSets.BestDeal(LevelTwoMatrix.Compute(s), LevelTwoState.Initial(s));
                return best is null ? null : Math.Abs(best.Utilities[0] - best.Utilities[1]);
            }

            double? two = Gap(k, n - k);
            double? oneA = Gap(k, null);
            double? oneB = Gap(null, n - k);
            if (two is { } g)
            {
                g.ShouldBeLessThanOrEqualTo(oneA!.Value + 1e-12);
                g.ShouldBeLessThanOrEqualTo(oneB!.Value + 1e-12);
                if (ia == ib)
                {
                    g.ShouldBe(0, 1e-12);
                }
            }

            if (ia == ib && ia == 0 && 2 * k > n)
            {
                Scenario s = TwoLevelFixtures.Line(null, n - k, n);
                WinSets.BestDeal(LevelTwoMatrix.Compute(s), LevelTwoState.Initial(s))!.Utilities[1].ShouldBe(k / (double)n, 1e-12);
            }
        }, iter: 300);
    }

    /// <summary>
    /// T8, as a set property: mobilising a group G of constituencies lets outcomes into the win-set only where some member
    /// of G approves, and out only where some member disapproves. Hence a disclosure of an offer X — whose losers
    /// mobilise — can only shrink the win-set at X and at every outcome the losers all reject (with all-of and veto rules
    /// only, everywhere); mobilising the offer's winners can only enlarge it at X and wherever they all approve.
    /// </summary>
    [Fact]
    public void T8_MobilisingLosersShrinks_MobilisingWinnersEnlarges()
    {
        Gen.Select(TwoLevelFixtures.ScenarioStates, Gen.Int).Sample(t =>
        {
            var ((s, state), seed) = t;
            var random = new Random(seed);
            int p = random.Next(s.Parties.Length);
            Party party = s.Parties[p];
            int k = party.Constituencies.Length;
            if (k == 0)
            {
                return;
            }

            var matrix = LevelTwoMatrix.Compute(s);
            var x = new OutcomeIndex(random.Next(matrix.OutcomeCount));
            Outcome offer = s.Space.OutcomeAt(x);
            bool[][] approves = [.. Enumerable.Range(0, k).Select(c => Enumerable.Range(0, matrix.OutcomeCount)
                .Select(o => matrix.ConstituencyUtilities(p, c)[o] >= state.Thresholds[p][c]).ToArray())];
            int[] losers = [.. Enumerable.Range(0, k).Where(c => !approves[c][x.Value])];
            int[] winners = [.. Enumerable.Range(0, k).Where(c => approves[c][x.Value])];
            OutcomeSet before = WinSets.Compute(matrix, state, p);

            // Losers: the disclosure itself.
            LevelTwoState disclosed = state.Apply(new TimelineEvent(1, "disclose", disclosure: new Disclosure(p, offer, 1.0)), s);
            OutcomeSet afterDisclosure = WinSets.Compute(matrix, disclosed, p);
            CheckLemma(before, afterDisclosure, losers, approves);
            if (afterDisclosure.Contains(x))
            {
                before.Contains(x).ShouldBeTrue();
            }

            if (!TwoLevelFixtures.HasVote(party.Ratification))
            {
                afterDisclosure.IsSubsetOf(before).ShouldBeTrue();
            }

            // Winners: business lobbying.
            LevelTwoState lobbied = state.With(s, [.. winners.Select(c => new StateChange(p, c, ChangeTarget.Mobilisation, 1))]);
            OutcomeSet afterLobbying = WinSets.Compute(matrix, lobbied, p);
            CheckLemma(before, afterLobbying, winners, approves);
            if (before.Contains(x))
            {
                afterLobbying.Contains(x).ShouldBeTrue();
            }
        }, iter: Iterations);
    }

    private static void CheckLemma(OutcomeSet before, OutcomeSet after, int[] group, bool[][] approves)
    {
        for (int o = 0; o < before.OutcomeCount; o++)
        {
            bool was = before.Contains(new OutcomeIndex(o));
            bool now = after.Contains(new OutcomeIndex(o));
            if (now && !was)
            {
                group.Any(c => approves[c][o]).ShouldBeTrue($"outcome {o} entered although no mobilised group approves it");
            }

            if (was && !now)
            {
                group.Any(c => !approves[c][o]).ShouldBeTrue($"outcome {o} left although every mobilised group approves it");
            }
        }
    }

    private static void Shrinks(LevelTwoMatrix matrix, LevelTwoState after, int p, OutcomeSet winSetBefore, OutcomeSet spaceBefore)
    {
        WinSets.Compute(matrix, after, p).IsSubsetOf(winSetBefore).ShouldBeTrue();
        OutcomeSet space = WinSets.AgreementSpace(matrix, after);
        space.IsSubsetOf(spaceBefore).ShouldBeTrue();
        if (spaceBefore.IsEmpty)
        {
            space.IsEmpty.ShouldBeTrue();
        }
    }

    private static void Enlarges(LevelTwoMatrix matrix, LevelTwoState after, int p, OutcomeSet winSetBefore, OutcomeSet spaceBefore)
    {
        winSetBefore.IsSubsetOf(WinSets.Compute(matrix, after, p)).ShouldBeTrue();
        OutcomeSet space = WinSets.AgreementSpace(matrix, after);
        spaceBefore.IsSubsetOf(space).ShouldBeTrue();
        if (!spaceBefore.IsEmpty)
        {
            space.IsEmpty.ShouldBeFalse();
        }
    }

    /// <summary>Two-party scenarios where B (party 2) gets a fully mobilised hawk with B's own profile, swept over thresholds.</summary>
    private static void HawkSweep(Action<Scenario, LevelTwoMatrix, List<(double Tau, int Space, SolutionPoint? Best)>> check)
    {
        Gen.Select(Gen.Int, Gen.Int[0, 4]).Sample(t =>
        {
            var (seed, k) = t;
            var random = new Random(seed);
            Scenario s0 = TwoLevelScenarioGenerator.Generate(random, [random.Next(2, 7), random.Next(2, 7), random.Next(1, 5)], 2, [random.Next(0, 4), k]);
            Scenario s = TwoLevelFixtures.WithParty(s0, 1, b => new Party(
                b.Name, b.Profile, [.. b.Constituencies, new Constituency("hawk", b.Profile, 1, threshold: -1, mobilisation: 1)],
                new AllOfRule([b.Ratification, new ConstituencyRule(b.Constituencies.Length)])));
            var matrix = LevelTwoMatrix.Compute(s);
            LevelTwoState state = LevelTwoState.Initial(s);
            var tracker = new WinSetTracker(matrix, state);
            var steps = new List<(double, int, SolutionPoint?)>();
            int hawk = s.Parties[1].Constituencies.Length - 1;
            for (int i = 0; i <= 22; i++)
            {
                double tau = i == 0 ? -1 : (i - 1) * 0.05;
                tracker.Update(state.With(s, new StateChange(1, hawk, ChangeTarget.Threshold, tau)));
                steps.Add((tau, tracker.AgreementSpaceCount, tracker.BestDeal));
            }

            check(s, matrix, steps);
        }, iter: 100);
    }

    private static double MaxB(LevelTwoMatrix matrix, Scenario s)
    {
        LevelTwoState state = LevelTwoState.Initial(s).With(s, new StateChange(1, s.Parties[1].Constituencies.Length - 1, ChangeTarget.Threshold, -1));
        return WinSets.AgreementSpace(matrix, state).Members().Max(o => matrix.Parties.Utility(1, o));
    }
}
