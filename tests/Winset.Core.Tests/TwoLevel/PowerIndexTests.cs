using System.Collections.Immutable;
using CsCheck;
using Winset.Analysis.TwoLevel;
using Winset.Diagnostics;
using Winset.Model;

namespace Winset.Core.Tests.TwoLevel;

/// <summary>Power indices on textbook games, dynamic programming against enumeration, and their axioms.</summary>
public sealed class PowerIndexTests
{
    private static double[] Ones(int k) => Enumerable.Repeat(1.0, k).ToArray();

    private static WeightedVoteRule Vote(double quota, params double[] weights) =>
        new(quota, [.. Enumerable.Range(0, weights.Length)], [.. weights]);

    [Fact]
    public void Compute_Weights321Quota4_TextbookValues()
    {
        // Given the textbook game [4; 3, 2, 1], by dynamic programming and by enumeration
        WeightedVoteRule vote = Vote(4, 3, 2, 1);
        PowerIndices dp = PowerIndex.Compute(vote, 3, Ones(3));
        PowerIndices enumerated = PowerIndex.Compute(new AllOfRule([vote]), 3, Ones(3));

        // Then Shapley–Shubik 2/3, 1/6, 1/6 and normalised Banzhaf 3/5, 1/5, 1/5
        foreach (PowerIndices x in new[] { dp, enumerated })
        {
            Near(x.ShapleyShubik, [2 / 3.0, 1 / 6.0, 1 / 6.0]);
            Near(x.BanzhafNormalised, [3 / 5.0, 1 / 5.0, 1 / 5.0]);
            x.Swings.ToArray().ShouldBe([3L, 1, 1]);
            Near(x.BanzhafRaw, [3 / 4.0, 1 / 4.0, 1 / 4.0]);
            x.IsExact.ShouldBeTrue();
        }

        dp.Method.ShouldBe(PowerMethod.DynamicProgramming);
        enumerated.Method.ShouldBe(PowerMethod.Enumeration);
    }

    [Fact]
    public void Compute_UnSecurityCouncil_KnownValues()
    {
        // Given the Security Council: 5 permanent members of weight 7 (each a veto), 10 of weight 1, quota 39 of 45
        double[] weights = [.. Enumerable.Repeat(7.0, 5), .. Enumerable.Repeat(1.0, 10)];
        WeightedVoteRule vote = Vote(39, weights);

        // and the same game written as vetoes over a vote of the ten (enumeration)
        var composite = new AllOfRule(
            [.. Enumerable.Range(0, 5).Select(c => (RatificationRule)new ConstituencyRule(c)), new WeightedVoteRule(4, [.. Enumerable.Range(5, 10)], [.. Enumerable.Repeat(1.0, 10)])]);

        // Then a non-permanent member pivots when it follows the 5 permanent members and exactly 3 others:
        // SS = C(9,3)·8!·6!/15! ≈ 0.001865, a permanent member (1 − 10·SS)/5 ≈ 0.1963; swings 848 and 84.
        double nonPermanent = 84 * Factorial(8) * Factorial(6) / Factorial(15);
        foreach (PowerIndices x in new[] { PowerIndex.Compute(vote, 15, Ones(15)), PowerIndex.Compute(composite, 15, Ones(15)) })
        {
            x.ShapleyShubik[0].ShouldBe((1 - (10 * nonPermanent)) / 5, 1e-12);
            x.ShapleyShubik[14].ShouldBe(nonPermanent, 1e-12);
            x.ShapleyShubik[14].ShouldBe(0.001865, 1e-6);
            x.Swings[0].ShouldBe(848);
            x.Swings[5].ShouldBe(84);
            x.BanzhafNormalised[0].ShouldBe(848 / 5080.0, 1e-12);
            x.BanzhafNormalised[5].ShouldBe(84 / 5080.0, 1e-12);
        }
    }

    [Fact]
    public void Compute_VetoOverMajority_KnownValues()
    {
        // Given A, a veto player, over a 2-of-3 vote of B, C, D (the Treasury over the cabinet)
        var rule = new VetoRule(0, new WeightedVoteRule(2, [1, 2, 3], [1, 1, 1]));
        PowerIndices x = PowerIndex.Compute(rule, 4, Ones(4));

        // Then A pivots in every ordering where it comes third or fourth: SS 1/2, and 1/6 each for the others;
        // A's swings are the 4 coalitions with two or three of B, C, D; B's the 2 with A and exactly one of C, D.
        Near(x.ShapleyShubik, [0.5, 1 / 6.0, 1 / 6.0, 1 / 6.0]);
        x.Swings.ToArray().ShouldBe([4L, 2, 2, 2]);
        Near(x.BanzhafNormalised, [0.4, 0.2, 0.2, 0.2]);
        Near(x.BanzhafRaw, [0.5, 0.25, 0.25, 0.25]);
    }

    [Fact]
    public void Compute_AbsentVetoPlayer_IsADummy()
    {
        var rule = new VetoRule(0, new WeightedVoteRule(2, [1, 2, 3], [1, 1, 1]));
        PowerIndices x = PowerIndex.Compute(rule, 4, [0, 1, 1, 1]);
        Near(x.ShapleyShubik, [0, 1 / 3.0, 1 / 3.0, 1 / 3.0]);
        x.Swings[0].ShouldBe(0);
    }

    [Fact]
    public void Compute_RandomVotes_DynamicProgrammingEqualsEnumeration()
    {
        // Integer weights (some 0: dummies), decimal mobilisation levels, any quota.
        Gen.Select(Gen.Int[1, 11], Gen.Int, Gen.Double[0.05, 1]).Sample(t =>
        {
            var (k, seed, share) = t;
            var random = new Random(seed);
            double[] weights = [.. Enumerable.Range(0, k).Select(_ => (double)random.Next(0, 10))];
            if (weights.Sum() == 0)
            {
                weights[0] = 1;
            }

            double[] mobilisation = [.. Enumerable.Range(0, k).Select(_ => new[] { 0, 0.3, 0.6, 1, 1 }[random.Next(5)])];
            var vote = new WeightedVoteRule(Math.Max(0.5, Math.Round(share * weights.Sum() * 2) / 2), [.. Enumerable.Range(0, k)], [.. weights]);
            PowerIndices dp = PowerIndex.Compute(vote, k, mobilisation);
            PowerIndices enumerated = PowerIndex.Compute(new AnyOfRule([vote]), k, mobilisation);
            dp.IsExact.ShouldBeTrue();
            dp.Swings.ToArray().ShouldBe(enumerated.Swings.ToArray());
            Near(dp.ShapleyShubik, [.. enumerated.ShapleyShubik]);
            Near(dp.BanzhafNormalised, [.. enumerated.BanzhafNormalised]);
            Near(dp.BanzhafRaw, [.. enumerated.BanzhafRaw]);
        }, iter: 300);
    }

    [Fact]
    public void Compute_RandomRules_SatisfyTheAxioms()
    {
        // Shapley–Shubik sums to 1 (when some coalition wins), dummies get 0, normalised Banzhaf sums to 1.
        TwoLevelFixtures.ScenarioStates.Sample(t =>
        {
            var (s, state) = t;
            for (int p = 0; p < s.Parties.Length; p++)
            {
                Party party = s.Parties[p];
                int k = party.Constituencies.Length;
                if (k == 0 || k > 16)
                {
                    continue;
                }

                PowerIndices x = PowerIndex.Compute(s, p, state);
                ulong[] table = RuleTable.Build(party.Ratification, k, state.Mobilisations[p].AsSpan());
                bool anyWins = !RuleTable.IsNone(table);
                bool alwaysWins = RuleTable.Get(table, 0);
                x.ShapleyShubik.Sum().ShouldBe(anyWins && !alwaysWins ? 1 : 0, 1e-9);
                if (x.Swings.Sum() > 0)
                {
                    x.BanzhafNormalised.Sum().ShouldBe(1, 1e-9);
                }

                for (int c = 0; c < k; c++)
                {
                    bool dummy = Enumerable.Range(0, 1 << k).All(m => RuleTable.Get(table, m) == RuleTable.Get(table, m ^ (1 << c)));
                    if (dummy)
                    {
                        x.ShapleyShubik[c].ShouldBe(0);
                        x.Swings[c].ShouldBe(0);
                    }
                }
            }
        }, iter: 150);
    }

    [Fact]
    public void Compute_SymmetricPlayers_GetEqualPower()
    {
        Gen.Select(Gen.Int[2, 9], Gen.Int[1, 5], Gen.Int).Sample(t =>
        {
            var (k, w, seed) = t;
            var random = new Random(seed);
            double[] weights = [.. Enumerable.Range(0, k).Select(i => i < 2 ? w : (double)random.Next(1, 6))];
            var vote = new WeightedVoteRule(Math.Ceiling(weights.Sum() / 2), [.. Enumerable.Range(0, k)], [.. weights]);
            PowerIndices x = PowerIndex.Compute(vote, k, Ones(k));
            x.ShapleyShubik[0].ShouldBe(x.ShapleyShubik[1], 1e-12);
            x.Swings[0].ShouldBe(x.Swings[1]);
        }, iter: 200);
    }

    [Fact]
    public void Compute_NonDecimalWeights_RoundedAtTheDocumentedResolution()
    {
        // Mobilisation 1/3 makes the effective weights non-decimal: rounded to 1e-6 of the mobilised total.
        WeightedVoteRule vote = Vote(4, 3, 2, 1);
        PowerIndices x = PowerIndex.Compute(vote, 3, [1 / 3.0, 1 / 3.0, 1 / 3.0]);
        x.IsExact.ShouldBeFalse();
        x.WeightUnit.ShouldBe(PowerIndex.WeightResolution);
        Near(x.ShapleyShubik, [2 / 3.0, 1 / 6.0, 1 / 6.0]);
    }

    [Fact]
    public void Compute_LargeVote_UsesDynamicProgramming()
    {
        // 40 members: far beyond enumeration; symmetric members share the power equally.
        double[] weights = [.. Enumerable.Range(0, 40).Select(i => 1.0 + (i % 4))];
        var vote = new WeightedVoteRule(51, [.. Enumerable.Range(0, 40)], [.. weights]);
        PowerIndices x = PowerIndex.Compute(vote, 40, Ones(40));
        x.ShapleyShubik.Sum().ShouldBe(1, 1e-9);
        x.ShapleyShubik[0].ShouldBe(x.ShapleyShubik[4], 1e-12);
        x.ShapleyShubik[3].ShouldBeGreaterThan(x.ShapleyShubik[0]);
    }

    [Fact]
    public void Compute_CompositeRuleTooLarge_InputException()
    {
        var rule = new AllOfRule([.. Enumerable.Range(0, 25).Select(c => (RatificationRule)new ConstituencyRule(c))]);
        var ex = Should.Throw<InputException>(() => PowerIndex.Compute(rule, 25, Ones(25), "US"));
        ex.Message.ShouldContain("party 'US'");
        ex.Message.ShouldContain("at most 24");
    }

    [Fact]
    public void Compute_NobodyMobilised_AllZero()
    {
        PowerIndices x = PowerIndex.Compute(Vote(4, 3, 2, 1), 3, [0, 0, 0]);
        Near(x.ShapleyShubik, [0.0, 0, 0]);
        Near(x.BanzhafNormalised, [0.0, 0, 0]);
    }

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

    private static void Near(ImmutableArray<double> actual, double[] expected, double tolerance = 1e-12) =>
        actual.ToArray().ShouldBe(expected, tolerance);
}
