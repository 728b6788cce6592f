using System.Collections.Immutable;
using Winset.Analysis;
using Winset.Diagnostics;
using Winset.Model;

namespace Winset.Core.Tests.Analysis;

public sealed class ScenarioAnalyzerTests
{
    // Six outcomes, reservation values (0.5, 0.4):
    //   0 (1.0, 0.2)  frontier, not IR
    //   1 (0.8, 0.5)  frontier, IR
    //   2 (0.6, 0.7)  frontier, IR
    //   3 (0.6, 0.7)  frontier, IR (same vector as 2: both kept)
    //   4 (0.3, 0.3)  dominated
    //   5 (0.2, 0.9)  frontier, not IR
    private static readonly double[] U1 = [1.0, 0.8, 0.6, 0.6, 0.3, 0.2];
    private static readonly double[] U2 = [0.2, 0.5, 0.7, 0.7, 0.3, 0.9];

    private static ScenarioAnalysis HandCase(double tieQuantum = AnalysisOptions.DefaultTieQuantum) =>
        ScenarioAnalyzer.Analyze(UtilityMatrix.FromRows([U1, U2], [0.5, 0.4]), new AnalysisOptions { TieQuantum = tieQuantum });

    [Fact]
    public void Analyze_HandCase_FrontierKeepsTiesInOrder()
    {
        ScenarioAnalysis a = HandCase();

        a.OutcomeCount.ShouldBe(6);
        a.PartyCount.ShouldBe(2);
        a.ParetoFrontier.Select(o => o.Value).ShouldBe([0, 1, 2, 3, 5]);
        a.ParetoDistinctPoints.ShouldBe(4);
        a.IsParetoOptimal(new OutcomeIndex(4)).ShouldBeFalse();
        a.IsParetoOptimal(new OutcomeIndex(3)).ShouldBeTrue();
        a.IndividuallyRationalCount.ShouldBe(3);
        a.IdealPoint.ShouldBe([1.0, 0.9]);
    }

    [Fact]
    public void Analyze_HandCase_NashTiesAcrossTheFrontier()
    {
        ScenarioAnalysis a = HandCase();

        // (0.8−0.5)(0.5−0.4) = (0.6−0.5)(0.7−0.4) = 0.03: outcomes 1, 2, 3 tie; the smallest index is reported.
        a.Nash!.Outcome.ShouldBe(new OutcomeIndex(1));
        a.Nash.TieCount.ShouldBe(3);
        a.Nash.Objective.ShouldBe(0.03, 1e-12);
        a.Nash.Utilities.ShouldBe([0.8, 0.5]);

        // Products 0.2, 0.4, 0.42, 0.42, 0.09, 0.18.
        a.NashZero!.Outcome.ShouldBe(new OutcomeIndex(2));
        a.NashZero.TieCount.ShouldBe(2);
        a.NashZero.Objective.ShouldBe(0.42, 1e-12);

        // Over the frontier, no IR filter: −0.1, 0.03, 0.03, 0.03, −0.15.
        a.NashGenius!.Outcome.ShouldBe(new OutcomeIndex(1));
        a.NashGenius.TieCount.ShouldBe(3);
    }

    [Fact]
    public void Analyze_HandCase_KalaiSmorodinskyVariants()
    {
        ScenarioAnalysis a = HandCase();

        // B = (0.8, 0.7) over IR outcomes: 1 → min(0.3/0.3, 0.1/0.3) = 1/3; 2, 3 → min(0.1/0.3, 0.3/0.3) = 1/3.
        a.KalaiSmorodinsky!.Outcome.ShouldBe(new OutcomeIndex(1));
        a.KalaiSmorodinsky.TieCount.ShouldBe(3);
        a.KalaiSmorodinsky.Objective.ShouldBe(1.0 / 3, 1e-12);

        // |u1 − u2| over the frontier: 0.8, 0.3, 0.1, 0.1, 0.7.
        a.KalaiSmorodinskyGenius!.Outcome.ShouldBe(new OutcomeIndex(2));
        a.KalaiSmorodinskyGenius.TieCount.ShouldBe(2);
        a.KalaiSmorodinskyGenius.Objective.ShouldBe(0.1, 1e-12);

        // min(u1/1.0, u2/0.9): 0.222, 0.556, 0.6, 0.6, 0.2.
        a.KalaiSmorodinskyZero!.Outcome.ShouldBe(new OutcomeIndex(2));
        a.KalaiSmorodinskyZero.TieCount.ShouldBe(2);
        a.KalaiSmorodinskyZero.Objective.ShouldBe(0.6, 1e-12);
    }

    [Fact]
    public void Analyze_HandCase_EgalitarianAndWelfare()
    {
        ScenarioAnalysis a = HandCase();

        // min gain 0.1 for 1, 2, 3; welfare 1.3 for all three: all tie.
        a.Egalitarian!.Outcome.ShouldBe(new OutcomeIndex(1));
        a.Egalitarian.TieCount.ShouldBe(3);
        a.Egalitarian.Objective.ShouldBe(0.1, 1e-12);

        // Welfare 1.2, 1.3, 1.3, 1.3, 0.6, 1.1.
        a.MaxWelfare.Outcome.ShouldBe(new OutcomeIndex(1));
        a.MaxWelfare.TieCount.ShouldBe(3);
        a.MaxWelfare.Objective.ShouldBe(1.3, 1e-12);
    }

    [Fact]
    public void Analyze_RawComparisons_SeeUlpDifferences()
    {
        // In doubles 0.8 + 0.5 = 1.3 but 0.6 + 0.7 = 1.2999999999999998: raw comparisons break the tie.
        (0.6 + 0.7).ShouldBeLessThan(0.8 + 0.5);

        ScenarioAnalysis a = HandCase(tieQuantum: 0);

        a.TieQuantum.ShouldBe(0);
        a.MaxWelfare.Outcome.ShouldBe(new OutcomeIndex(1));
        a.MaxWelfare.TieCount.ShouldBe(1);
        a.ParetoFrontier.Select(o => o.Value).ShouldBe([0, 1, 2, 3, 5]);
    }

    [Fact]
    public void Analyze_UlpApartUtilities_TieOnTheGridButNotRaw()
    {
        // 0.1 + 0.2 = 0.30000000000000004 > 0.3: in raw doubles outcome 0 dominates outcome 1.
        double[] u1 = [0.1 + 0.2, 0.3, 0.0];
        double[] u2 = [0.5, 0.5, 1.0];
        var matrix = UtilityMatrix.FromRows([u1, u2]);

        ScenarioAnalyzer.Analyze(matrix).ParetoFrontier.Select(o => o.Value).ShouldBe([0, 1, 2]);
        ScenarioAnalyzer.Analyze(matrix, new AnalysisOptions { TieQuantum = 0 }).ParetoFrontier.Select(o => o.Value).ShouldBe([0, 2]);
        matrix.Dominates(new OutcomeIndex(0), new OutcomeIndex(1), tieQuantum: 0).ShouldBeTrue();
        matrix.Dominates(new OutcomeIndex(0), new OutcomeIndex(1)).ShouldBeFalse();
    }

    [Fact]
    public void Analyze_ThreeParties_HandCase()
    {
        // 0 (0.5, 0.5, 0.5) dominates 1 (0.4, 0.4, 0.4); 2 (0.9, 0.2, 0.2) and 3 (0.3, 0.3, 0.9) are extreme.
        var matrix = UtilityMatrix.FromRows([[0.5, 0.4, 0.9, 0.3], [0.5, 0.4, 0.2, 0.3], [0.5, 0.4, 0.2, 0.9]]);

        ScenarioAnalysis a = ScenarioAnalyzer.Analyze(matrix);

        a.ParetoFrontier.Select(o => o.Value).ShouldBe([2, 0, 3]);
        a.ParetoDistinctPoints.ShouldBe(3);
        a.IndividuallyRationalCount.ShouldBe(4);
        a.NashZero!.Outcome.ShouldBe(new OutcomeIndex(0));
        a.NashZero.Objective.ShouldBe(0.125, 1e-12);
        a.MaxWelfare.Outcome.ShouldBe(new OutcomeIndex(0)); // 1.5, tied with outcome 3
        a.MaxWelfare.TieCount.ShouldBe(2);
        a.KalaiSmorodinskyGenius!.Outcome.ShouldBe(new OutcomeIndex(0));
        a.KalaiSmorodinskyGenius.Objective.ShouldBe(0);
        a.Egalitarian!.Outcome.ShouldBe(new OutcomeIndex(0));
        a.Egalitarian.Objective.ShouldBe(0.5);
    }

    [Fact]
    public void Analyze_ScenarioWithTwoIssues_ComputedByHand()
    {
        // Outcomes in mixed radix (A slowest): (a1,b1), (a1,b2), (a2,b1), (a2,b2).
        var space = new OutcomeSpace("hand", [new DiscreteIssue("A", ["a1", "a2"]), new DiscreteIssue("B", ["b1", "b2"])]);
        var seller = new LinearAdditiveProfile("seller", space, [0.5, 0.5], [new DiscreteEvaluator([1.0, 0.0]), new DiscreteEvaluator([1.0, 0.5])]);
        var buyer = new LinearAdditiveProfile("buyer", space, [0.6, 0.4], [new DiscreteEvaluator([0.0, 1.0]), new DiscreteEvaluator([0.5, 1.0])], 0.3);
        var scenario = new Scenario("hand", space, [new Party("seller", seller), new Party("buyer", buyer)]);

        // u_seller = 1, 0.75, 0.5, 0.25; u_buyer = 0.2, 0.4, 0.8, 1.0 (reservation 0.3).
        ScenarioAnalysis a = ScenarioAnalyzer.Analyze(scenario);

        a.ParetoFrontier.Select(o => o.Value).ShouldBe([0, 1, 2, 3]);
        a.IndividuallyRationalCount.ShouldBe(3);
        a.NashZero!.Outcome.ShouldBe(new OutcomeIndex(2)); // products 0.2, 0.3, 0.4, 0.25
        a.Nash!.Outcome.ShouldBe(new OutcomeIndex(2)); // (u − r) products: −, 0.075, 0.25, 0.175
        a.MaxWelfare.Outcome.ShouldBe(new OutcomeIndex(2)); // 1.2, 1.15, 1.3, 1.25
        a.MaxWelfare.Utilities.ShouldBe([0.5, 0.8]);
        a.KalaiSmorodinskyGenius!.Outcome.ShouldBe(new OutcomeIndex(2)); // |Δ| 0.8, 0.35, 0.3, 0.75
    }

    [Fact]
    public void Analyze_NoIndividuallyRationalOutcome_NullConcepts()
    {
        var matrix = UtilityMatrix.FromRows([[0.2, 0.9], [0.9, 0.2]], [0.5, 0.5]);

        ScenarioAnalysis a = ScenarioAnalyzer.Analyze(matrix);

        a.IndividuallyRationalCount.ShouldBe(0);
        a.Nash.ShouldBeNull();
        a.KalaiSmorodinsky.ShouldBeNull();
        a.Egalitarian.ShouldBeNull();
        a.NashGenius.ShouldNotBeNull();
        a.NashGenius.TieCount.ShouldBe(2); // (−0.3)(0.4) both ways
        a.NashZero!.TieCount.ShouldBe(2);
    }

    [Fact]
    public void Analyze_ZeroNashProduct_AllIrOutcomesTie()
    {
        // Party 2 gets exactly its reservation value everywhere, so every IR product is 0.
        var matrix = UtilityMatrix.FromRows([[0.1, 0.5, 0.9, 0.3], [0.4, 0.4, 0.4, 0.4]], [0.2, 0.4]);

        ScenarioAnalysis a = ScenarioAnalyzer.Analyze(matrix);

        a.IndividuallyRationalCount.ShouldBe(3);
        a.Nash!.Outcome.ShouldBe(new OutcomeIndex(1));
        a.Nash.TieCount.ShouldBe(3);
        a.Nash.Objective.ShouldBe(0);
        a.KalaiSmorodinsky.ShouldBeNull(); // B_2 = r_2: degenerate
    }

    [Fact]
    public void Analyze_NegativeUtilities_NashZeroScansAllOutcomes()
    {
        // (−1, −1) has product 1 although (0.5, 0.5) dominates it.
        var matrix = UtilityMatrix.FromRows([[-1.0, 0.5, 0.9], [-1.0, 0.5, 0.1]]);

        ScenarioAnalysis a = ScenarioAnalyzer.Analyze(matrix);

        a.NashZero!.Outcome.ShouldBe(new OutcomeIndex(0));
        a.NashZero.Objective.ShouldBe(1);
        a.IsParetoOptimal(new OutcomeIndex(0)).ShouldBeFalse();
    }

    [Fact]
    public void Analyze_OneParty_Throws()
    {
        var matrix = UtilityMatrix.FromRows([[0.1, 0.2]]);

        Should.Throw<ArgumentException>(() => ScenarioAnalyzer.Analyze(matrix)).Message.ShouldContain("at least two parties");
    }

    [Theory]
    [InlineData(-1e-12)]
    [InlineData(double.NaN)]
    [InlineData(0.5)]
    public void Analyze_BadTieQuantum_Throws(double quantum)
    {
        var matrix = UtilityMatrix.FromRows([[0.1, 0.2], [0.2, 0.1]]);

        Should.Throw<ArgumentOutOfRangeException>(() => ScenarioAnalyzer.Analyze(matrix, new AnalysisOptions { TieQuantum = quantum }));
    }

    [Fact]
    public void Analyze_SpaceTooLargeToEnumerate_ThrowsInputException()
    {
        var issues = Enumerable.Range(0, 9).Select(i => (Issue)new IntegerIssue("i" + i, 0, 9)).ToArray();
        var space = new OutcomeSpace("huge", issues);
        var evaluators = Enumerable.Repeat<IssueEvaluator>(new LinearEvaluator(0.1, 0), 9).ToArray();
        var weights = Enumerable.Repeat(1.0 / 9, 9).ToArray();
        var scenario = new Scenario("huge", space, [
            new Party("a", new LinearAdditiveProfile("a", space, weights, evaluators)),
            new Party("b", new LinearAdditiveProfile("b", space, weights, evaluators)),
        ]);

        Should.Throw<InputException>(() => ScenarioAnalyzer.Analyze(scenario)).Message.ShouldContain("50,000,000");
    }

    [Fact]
    public void SolutionPoint_Equality_ComparesUtilitiesByValue()
    {
        var a = new SolutionPoint(new OutcomeIndex(3), ImmutableArray.Create(0.5, 0.25), 0.125, 1);
        var b = new SolutionPoint(new OutcomeIndex(3), ImmutableArray.Create(0.5, 0.25), 0.125, 1);

        a.ShouldBe(b);
    }
}
