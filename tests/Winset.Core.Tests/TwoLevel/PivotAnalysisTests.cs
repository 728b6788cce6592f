using CsCheck;
using Winset.Analysis.TwoLevel;
using Winset.Model;

namespace Winset.Core.Tests.TwoLevel;

/// <summary>The pivot report against recomputation from scratch.</summary>
public sealed class PivotAnalysisTests
{
    [Fact]
    public void Compute_RandomStates_EveryChangeMatchesTheReference()
    {
        TwoLevelFixtures.ScenarioStates.Sample(t =>
        {
            var (s, state) = t;
            var matrix = LevelTwoMatrix.Compute(s);
            PivotReport report = PivotAnalysis.Compute(matrix, state);
            OutcomeSet space = ReferenceWinSets.AgreementSpace(matrix, state);
            report.AgreementSpaceSize.ShouldBe(space.Count);
            for (int p = 0; p < s.Parties.Length; p++)
            {
                PartyPivots pivots = report.Parties[p];
                OutcomeSet before = ReferenceWinSets.Compute(matrix, state, p);
                pivots.WinSetSize.ShouldBe(before.Count);
                for (int i = 1; i < pivots.Changes.Length; i++)
                {
                    pivots.Changes[i].SymmetricDifference.ShouldBeLessThanOrEqualTo(pivots.Changes[i - 1].SymmetricDifference);
                }

                foreach (PivotChange change in pivots.Changes)
                {
                    var target = change.Kind is PivotKind.Mobilise or PivotKind.Demobilise ? ChangeTarget.Mobilisation : ChangeTarget.Threshold;
                    LevelTwoState after = state.With(s, new StateChange(p, change.Constituency, target, change.To));
                    OutcomeSet w = ReferenceWinSets.Compute(matrix, after, p);
                    OutcomeSet a = ReferenceWinSets.AgreementSpace(matrix, after);
                    change.NewWinSetSize.ShouldBe(w.Count);
                    change.SymmetricDifference.ShouldBe(w.SymmetricDifferenceCount(before));
                    change.NewAgreementSpaceSize.ShouldBe(a.Count);
                    change.EmptiesAgreementSpace.ShouldBe(!space.IsEmpty && a.IsEmpty);
                    change.OpensAgreementSpace.ShouldBe(space.IsEmpty && !a.IsEmpty);
                }

                int k = s.Parties[p].Constituencies.Length;
                int expected = Enumerable.Range(0, k).Sum(c => 2 + (state.Mobilisations[p][c] != 1 ? 1 : 0) + (state.Mobilisations[p][c] != 0 ? 1 : 0));
                pivots.Changes.Length.ShouldBe(expected);
            }
        }, iter: 100);
    }

    [Fact]
    public void Compute_Line_TheHawkishConservativesArePivotal()
    {
        // China's conservatives at x ≤ 40: demobilising them frees the 60 outcomes above 40; raising their threshold drops about 5.
        Scenario s = TwoLevelFixtures.Line(20, 40);
        PivotReport report = PivotAnalysis.Compute(LevelTwoMatrix.Compute(s), LevelTwoState.Initial(s));
        PivotChange top = report.Parties[1].Changes[0];
        top.ConstituencyName.ShouldBe("Conservatives");
        top.Kind.ShouldBe(PivotKind.Demobilise);
        top.NewWinSetSize.ShouldBe(101);
        top.SymmetricDifference.ShouldBe(60);
        // 0.6 + 0.05 rounds just above 1 − 0.35 in doubles, so x = 35 leaves too.
        report.Parties[1].Changes.Single(c => c.Kind == PivotKind.RaiseThreshold).NewWinSetSize.ShouldBeInRange(35, 36);
    }
}
