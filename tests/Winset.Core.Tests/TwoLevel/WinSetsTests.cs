using CsCheck;
using Winset.Analysis;
using Winset.Analysis.TwoLevel;
using Winset.Model;

namespace Winset.Core.Tests.TwoLevel;

/// <summary>The fast win-sets against the reference implementation, and the closed-form oracle of the brief.</summary>
public sealed class WinSetsTests
{
    [Theory]
    [InlineData(20, 70, 50)]
    [InlineData(20, 40, 40)]
    [InlineData(20, 15, null)]
    [InlineData(60, 90, 60)]
    [InlineData(20, 20, 20)]
    public void BestDeal_Line_IsNashClampedToTheAgreementSpace(int cA, int cB, int? expected)
    {
        // Given the brief's oracle: US utility x/100, China (100 − x)/100, the US ratifies iff x ≥ cA, China iff x ≤ cB
        Scenario s = TwoLevelFixtures.Line(cA, cB);
        var matrix = LevelTwoMatrix.Compute(s);
        var state = LevelTwoState.Initial(s);

        // When
        OutcomeSet space = WinSets.AgreementSpace(matrix, state);
        SolutionPoint? best = WinSets.BestDeal(matrix, state);

        // Then the agreement space is [cA, cB] and the best deal clamp(50, cA, cB)
        space.Members().Select(o => o.Value).ShouldBe(Enumerable.Range(cA, Math.Max(0, cB - cA + 1)));
        WinSets.Compute(matrix, state, 0).Members().Select(o => o.Value).ShouldBe(Enumerable.Range(cA, 101 - cA));
        WinSets.Compute(matrix, state, 1).Members().Select(o => o.Value).ShouldBe(Enumerable.Range(0, Math.Max(0, cB + 1)));
        best?.Outcome.Value.ShouldBe(expected!.Value);
        (best is null).ShouldBe(expected is null);
        if (best is not null)
        {
            best.Utilities[0].ShouldBe(expected!.Value / 100.0, 1e-12);
            best.TieCount.ShouldBe(1);
        }
    }

    [Fact]
    public void Compute_RandomScenarios_EqualsReference()
    {
        TwoLevelFixtures.ScenarioStates.Sample(t =>
        {
            var (s, state) = t;
            var matrix = LevelTwoMatrix.Compute(s);
            for (int p = 0; p < s.Parties.Length; p++)
            {
                WinSets.Compute(matrix, state, p).ShouldBe(ReferenceWinSets.Compute(matrix, state, p));
                WinSets.IndividuallyRational(matrix, state, p).ShouldBe(ReferenceWinSets.IndividuallyRational(matrix, state, p));
            }

            WinSets.AgreementSpace(matrix, state).ShouldBe(ReferenceWinSets.AgreementSpace(matrix, state));
        }, iter: 300);
    }

    [Fact]
    public void BestDeal_RandomScenarios_EqualsBruteForceNash()
    {
        TwoLevelFixtures.ScenarioStates.Sample(t =>
        {
            var (s, state) = t;
            var matrix = LevelTwoMatrix.Compute(s);
            SolutionPoint? best = WinSets.BestDeal(matrix, state);
            var brute = TwoLevelFixtures.BruteNash(matrix, state, ReferenceWinSets.AgreementSpace(matrix, state));
            (best is null).ShouldBe(brute is null);
            if (best is not null)
            {
                best.Outcome.Value.ShouldBe(brute!.Value.Outcome);
                best.TieCount.ShouldBe(brute.Value.Ties);
                best.Utilities.ShouldBe(matrix.Parties.UtilitiesOf(best.Outcome));
            }
        }, iter: 200);
    }

    [Fact]
    public void BestDeal_NoConstituencies_IsTheAnalyzersNash()
    {
        // Without a home front the agreement space is the individually rational set, so the best deal is plain Nash
        // (continuous evaluations, where the analyzer's grid IR test and the raw one agree).
        Gen.Int.Sample(seed =>
        {
            Scenario s = TwoLevelScenarioGenerator.Generate(seed, [4, 5, 3], 2, 0);
            var matrix = LevelTwoMatrix.Compute(s);
            SolutionPoint? best = WinSets.BestDeal(matrix, LevelTwoState.Initial(s));
            best.ShouldBe(ScenarioAnalyzer.Analyze(matrix.Parties).Nash);
        }, iter: 100);
    }

    [Fact]
    public void Tracker_AlongRandomUpdates_EqualsFromScratch()
    {
        // Given a tracker moved through a chain of states (single changes and whole new states)
        Gen.Select(TwoLevelFixtures.Scenarios, Gen.Int).Sample(t =>
        {
            var (s, seed) = t;
            var random = new Random(seed);
            var matrix = LevelTwoMatrix.Compute(s);
            LevelTwoState state = LevelTwoState.Initial(s);
            var tracker = new WinSetTracker(matrix, state);
            for (int step = 0; step < 6; step++)
            {
                state = random.Next(3) == 0 ? TwoLevelFixtures.RandomState(s, random) : state.With(s, RandomChange(s, random));
                bool changed = tracker.Update(state);

                // Then every set equals the reference for that state, and "changed" is exact
                OutcomeSet expected = ReferenceWinSets.AgreementSpace(matrix, state);
                tracker.AgreementSpace().ShouldBe(expected);
                tracker.AgreementSpaceCount.ShouldBe(expected.Count);
                for (int p = 0; p < s.Parties.Length; p++)
                {
                    tracker.WinSet(p).ShouldBe(ReferenceWinSets.Compute(matrix, state, p));
                    tracker.WinSetCount(p).ShouldBe(tracker.WinSet(p).Count);
                    tracker.IndividuallyRational(p).ShouldBe(ReferenceWinSets.IndividuallyRational(matrix, state, p));
                }

                tracker.BestDeal?.Outcome.Value.ShouldBe(TwoLevelFixtures.BruteNash(matrix, state, expected)!.Value.Outcome);
                _ = changed;
            }
        }, iter: 150);
    }

    [Fact]
    public void Tracker_UnchangedState_ReportsNoChange()
    {
        Scenario s = TwoLevelFixtures.Line(20, 70);
        var matrix = LevelTwoMatrix.Compute(s);
        var state = LevelTwoState.Initial(s);
        var tracker = new WinSetTracker(matrix, state);
        tracker.Update(state).ShouldBeFalse();

        // A mobilisation change that leaves an all-of rule's table unchanged changes nothing either.
        tracker.Update(state.With(s, new StateChange(1, 0, ChangeTarget.Mobilisation, 0.5))).ShouldBeFalse();
        tracker.Update(state.With(s, new StateChange(1, 0, ChangeTarget.Mobilisation, 0))).ShouldBeTrue();
        tracker.AgreementSpaceCount.ShouldBe(81);
    }

    [Fact]
    public void RuleTable_EveryPattern_AgreesWithPasses()
    {
        // Given random rules and mobilisation levels, the table holds Passes for every approval pattern
        TwoLevelFixtures.ScenarioStates.Sample(t =>
        {
            var (s, state) = t;
            for (int p = 0; p < s.Parties.Length; p++)
            {
                int k = s.Parties[p].Constituencies.Length;
                if (k > 12)
                {
                    continue;
                }

                ulong[] table = RuleTable.Build(s.Parties[p].Ratification, k, state.Mobilisations[p].AsSpan());
                var approves = new bool[k];
                for (int m = 0; m < 1 << k; m++)
                {
                    for (int c = 0; c < k; c++)
                    {
                        approves[c] = (m & (1 << c)) != 0;
                    }

                    RuleTable.Get(table, m).ShouldBe(s.Parties[p].Ratification.Passes(approves, state.Mobilisations[p].AsSpan()));
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void RuleTable_VoteNamingAConstituencyTwice_AgreesWithPasses()
    {
        var rule = new AllOfRule([new WeightedVoteRule(5, [0, 1, 0, 7], [2, 3, 1, 4]), new AnyOfRule([new ConstituencyRule(3), new ConstituencyRule(7)])]);
        double[] mobilisation = [1, 0.5, 0.3, 0, 1, 1, 1, 0.9];
        ulong[] table = RuleTable.Build(rule, 8, mobilisation);
        var approves = new bool[8];
        for (int m = 0; m < 256; m++)
        {
            for (int c = 0; c < 8; c++)
            {
                approves[c] = (m & (1 << c)) != 0;
            }

            RuleTable.Get(table, m).ShouldBe(rule.Passes(approves, mobilisation));
        }
    }

    private static StateChange RandomChange(Scenario s, Random random)
    {
        int p = random.Next(s.Parties.Length);
        int k = s.Parties[p].Constituencies.Length;
        if (k == 0 || random.Next(4) == 0)
        {
            return new StateChange(p, null, ChangeTarget.Reservation, 0.5 * random.NextDouble());
        }

        int c = random.Next(k);
        return random.Next(2) == 0
            ? new StateChange(p, c, ChangeTarget.Threshold, random.Next(5) * 0.05 - 0.1, Relative: true)
            : new StateChange(p, c, ChangeTarget.Mobilisation, random.Next(3) * 0.5);
    }
}
