using CsCheck;
using Winset.Analysis;
using Winset.Model;

namespace Winset.Core.Tests.Analysis;

/// <summary>The fast analysis against <see cref="BruteForce"/> on random scenarios of at most a few hundred outcomes.</summary>
public sealed class ScenarioAnalyzerPropertyTests
{
    /// <summary>Random scenarios: 2–3 parties, up to 4 issues of 1–5 values (≤ 500 outcomes), with or without tie-prone evaluations.</summary>
    private static readonly Gen<Scenario> Scenarios = Gen.Select(
        Gen.Int,
        Gen.Int[2, 3],
        Gen.Int[1, 4],
        Gen.OneOf(0, 1, 2, 4, 10),
        Gen.OneOf(0.0, 0.5, 0.8),
        (seed, parties, issues, levels, maxReservation) =>
        {
            var random = new Random(seed);
            var values = new int[issues];
            int n = 1;
            for (int i = 0; i < issues; i++)
            {
                values[i] = random.Next(1, 6);
                while (n * values[i] > 500)
                {
                    values[i]--;
                }

                n *= values[i];
            }

            return ScenarioGenerator.LinearAdditive(random, parties, values, maxReservation, levels);
        });

    private const long Iterations = 150;

    [Fact]
    public void Frontier_NoMemberDominated_EveryOtherDominated()
    {
        Scenarios.Sample(scenario =>
        {
            var matrix = UtilityMatrix.Compute(scenario);
            var brute = new BruteForce(matrix);
            ScenarioAnalysis a = ScenarioAnalyzer.Analyze(matrix);

            a.ParetoFrontier.Select(o => o.Value).Order().ShouldBe(brute.Frontier());
            a.ParetoDistinctPoints.ShouldBe(brute.DistinctFrontierPoints());
            a.IndividuallyRationalCount.ShouldBe(brute.IrCount());
        }, iter: Iterations);
    }

    [Fact]
    public void Frontier_IsSortedByFirstPartyDescendingThenIndex()
    {
        Scenarios.Sample(scenario =>
        {
            var matrix = UtilityMatrix.Compute(scenario);
            ScenarioAnalysis a = ScenarioAnalyzer.Analyze(matrix);
            for (int f = 1; f < a.ParetoFrontier.Length; f++)
            {
                long prev = BruteForce.Key(matrix.Utility(0, a.ParetoFrontier[f - 1]));
                long cur = BruteForce.Key(matrix.Utility(0, a.ParetoFrontier[f]));
                prev.ShouldBeGreaterThanOrEqualTo(cur);
                if (prev == cur && matrix.PartyCount == 2)
                {
                    a.ParetoFrontier[f - 1].Value.ShouldBeLessThan(a.ParetoFrontier[f].Value);
                }
            }
        }, iter: Iterations);
    }

    [Fact]
    public void SolutionConcepts_MatchBruteForceTieSets()
    {
        Scenarios.Sample(scenario =>
        {
            var matrix = UtilityMatrix.Compute(scenario);
            var brute = new BruteForce(matrix);
            ScenarioAnalysis a = ScenarioAnalyzer.Analyze(matrix);

            ShouldMatch(a.Nash, brute.IrCount() == 0 ? null : brute.NashRv(), "Nash");
            ShouldMatch(a.NashZero, brute.NashZero(), "NashZero");
            ShouldMatch(a.NashGenius, brute.NashGenius(), "NashGenius");
            ShouldMatch(a.MaxWelfare, brute.MaxWelfare(), "MaxWelfare");
            ShouldMatch(a.KalaiSmorodinsky, brute.KalaiRv(), "KalaiSmorodinsky");
            ShouldMatch(a.KalaiSmorodinskyGenius, brute.KalaiGenius(), "KalaiSmorodinskyGenius");
            ShouldMatch(a.KalaiSmorodinskyZero, brute.KalaiZero(), "KalaiSmorodinskyZero");
            ShouldMatch(a.Egalitarian, brute.IrCount() == 0 ? null : brute.Egalitarian(), "Egalitarian");
        }, iter: Iterations);
    }

    [Fact]
    public void TwoPartyFastPath_EqualsGeneralPath()
    {
        foreach (double quantum in new[] { AnalysisOptions.DefaultTieQuantum, 0.0 })
        {
            var options = new AnalysisOptions { TieQuantum = quantum };
            Scenarios.Where(s => s.Parties.Length == 2).Sample(scenario =>
            {
                var matrix = UtilityMatrix.Compute(scenario);

                ScenarioAnalyzer.AnalyzeCore(matrix, options, forceGeneral: false)
                    .ShouldBe(ScenarioAnalyzer.AnalyzeCore(matrix, options, forceGeneral: true));
            }, iter: Iterations);
        }
    }

    [Fact]
    public void RawComparisons_FrontierMatchesRawBruteForce()
    {
        Scenarios.Sample(scenario =>
        {
            var matrix = UtilityMatrix.Compute(scenario);
            ScenarioAnalysis a = ScenarioAnalyzer.Analyze(matrix, new AnalysisOptions { TieQuantum = 0 });
            int n = matrix.OutcomeCount;
            var expected = new List<int>();
            for (int o = 0; o < n; o++)
            {
                bool dominated = false;
                for (int q = 0; q < n && !dominated; q++)
                {
                    dominated = matrix.Dominates(new OutcomeIndex(q), new OutcomeIndex(o), tieQuantum: 0);
                }

                if (!dominated)
                {
                    expected.Add(o);
                }
            }

            a.ParetoFrontier.Select(o => o.Value).Order().ShouldBe(expected);
        }, iter: 60);
    }

    [Fact]
    public void LargerSpace_TwoPartyBucketsAgreeWithGeneralPath()
    {
        // 4096 outcomes with coarse evaluations: many buckets, many equal utilities.
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var scenario = ScenarioGenerator.LinearAdditive(seed, parties: 2, issues: 6, valuesPerIssue: 4, maxReservationValue: 0.5, evaluationLevels: seed == 1 ? 0 : 3);
            var matrix = UtilityMatrix.Compute(scenario);

            ScenarioAnalysis fast = ScenarioAnalyzer.AnalyzeCore(matrix, null, forceGeneral: false);
            fast.ShouldBe(ScenarioAnalyzer.AnalyzeCore(matrix, null, forceGeneral: true));
            fast.ParetoFrontier.ShouldAllBe(o => Enumerable.Range(0, matrix.OutcomeCount).All(q => !matrix.Dominates(new OutcomeIndex(q), o, AnalysisOptions.DefaultTieQuantum)));
        }
    }

    private static void ShouldMatch(SolutionPoint? actual, SortedSet<int>? expected, string concept)
    {
        if (expected is null || expected.Count == 0)
        {
            actual.ShouldBeNull(concept);
            return;
        }

        actual.ShouldNotBeNull(concept);
        actual.Outcome.Value.ShouldBe(expected.Min, concept);
        actual.TieCount.ShouldBe(expected.Count, concept);
    }
}
