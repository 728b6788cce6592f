using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// The pivot report: for each party, which single change of one constituency — mobilise it fully, demobilise it, or
/// move its threshold up or down by a step — changes the party's win-set most, ranked by the size of the symmetric
/// difference between the old and the new win-set.
/// </summary>
/// <remarks>
/// Changes that would not change the state (mobilising a group already at 1, demobilising one at 0) are left out.
/// Each candidate costs one win-set evaluation (O(n)) and one intersection (O(n/64)). Ranking: larger symmetric
/// difference first, then constituency order, then the order of <see cref="PivotKind"/>.
/// </remarks>
public static class PivotAnalysis
{
    /// <summary>The default threshold step δ: thresholds move by ±0.05 utility.</summary>
    public const double DefaultThresholdStep = 0.05;

    /// <summary>The pivot report of a state.</summary>
    /// <param name="matrix">The scenario's utilities.</param>
    /// <param name="state">The state to perturb.</param>
    /// <param name="thresholdStep">δ, the threshold change tried both ways (positive).</param>
    public static PivotReport Compute(LevelTwoMatrix matrix, LevelTwoState state, double thresholdStep = DefaultThresholdStep)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(state);
        if (!(thresholdStep > 0) || !double.IsFinite(thresholdStep))
        {
            throw new ArgumentOutOfRangeException(nameof(thresholdStep), thresholdStep, "The threshold step must be positive and finite.");
        }

        var tracker = new WinSetTracker(matrix, state);
        return Compute(tracker, thresholdStep);
    }

    /// <summary>The pivot report of a tracker's current state.</summary>
    public static PivotReport Compute(WinSetTracker tracker, double thresholdStep = DefaultThresholdStep)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        Scenario scenario = tracker.Matrix.Scenario;
        LevelTwoState state = tracker.State;
        int agreement = tracker.AgreementSpaceCount;
        var scratch = new ulong[Bits.WordCount(tracker.Matrix.OutcomeCount)];
        var parties = ImmutableArray.CreateBuilder<PartyPivots>(scenario.Parties.Length);
        for (int p = 0; p < scenario.Parties.Length; p++)
        {
            var changes = new List<PivotChange>();
            ReadOnlySpan<ulong> current = tracker.WinSetWords(p);
            for (int c = 0; c < scenario.Parties[p].Constituencies.Length; c++)
            {
                double t = state.Thresholds[p][c];
                double m = state.Mobilisations[p][c];
                if (m != 1)
                {
                    changes.Add(Try(tracker, p, c, PivotKind.Mobilise, m, 1, t, 1, agreement, scratch));
                }

                if (m != 0)
                {
                    changes.Add(Try(tracker, p, c, PivotKind.Demobilise, m, 0, t, 0, agreement, scratch));
                }

                changes.Add(Try(tracker, p, c, PivotKind.RaiseThreshold, t, t + thresholdStep, t + thresholdStep, m, agreement, scratch));
                changes.Add(Try(tracker, p, c, PivotKind.LowerThreshold, t, t - thresholdStep, t - thresholdStep, m, agreement, scratch));
            }

            // A stable sort: ties keep constituency order, then kind order.
            var ranked = changes.OrderByDescending(x => x.SymmetricDifference).ToImmutableArray();
            parties.Add(new PartyPivots(p, scenario.Parties[p].Name, tracker.WinSetCount(p), ranked));
        }

        return new PivotReport(agreement, thresholdStep, parties.MoveToImmutable());
    }

    private static PivotChange Try(
        WinSetTracker tracker, int party, int constituency, PivotKind kind, double from, double to, double threshold, double mobilisation, int agreement, ulong[] scratch)
    {
        tracker.WinSetWith(party, constituency, threshold, mobilisation, scratch);
        int size = Bits.PopCount(scratch);
        int difference = Bits.XorCount(tracker.WinSetWords(party), scratch);
        int space = tracker.AgreementSpaceCountWith(party, scratch);
        string name = tracker.Matrix.Scenario.Parties[party].Constituencies[constituency].Name;
        return new PivotChange(party, constituency, name, kind, from, to, size, difference, space, agreement > 0 && space == 0, agreement == 0 && space > 0);
    }
}
