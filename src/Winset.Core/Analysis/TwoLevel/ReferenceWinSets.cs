using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// The simple reference implementation of <see cref="WinSets"/>: one delegate call and one
/// <see cref="RatificationRule.Passes"/> per outcome. Not used by Winset itself: it is the oracle of the tests and the
/// baseline of the benchmarks.
/// </summary>
internal static class ReferenceWinSets
{
    /// <summary>
    /// The win-set of a party: outcomes where the party's ratification rule passes, each constituency approving
    /// when its utility reaches its threshold in <paramref name="state"/>, with its mobilisation from the state.
    /// A party without constituencies ratifies everything.
    /// </summary>
    public static OutcomeSet Compute(LevelTwoMatrix matrix, LevelTwoState state, int party)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(state);
        int n = matrix.OutcomeCount;
        int k = matrix.ConstituencyCount(party);
        if (k == 0)
        {
            return OutcomeSet.All(n);
        }

        RatificationRule rule = matrix.Scenario.Parties[party].Ratification;
        double[] thresholds = [.. state.Thresholds[party]];
        double[] mobilisation = [.. state.Mobilisations[party]];
        var utilities = new double[k][];
        for (int c = 0; c < k; c++)
        {
            utilities[c] = matrix.ConstituencyUtilities(party, c).ToArray();
        }

        var approves = new bool[k];
        return OutcomeSet.From(n, o =>
        {
            for (int c = 0; c < k; c++)
            {
                approves[c] = utilities[c][o] >= thresholds[c];
            }

            return rule.Passes(approves, mobilisation);
        });
    }

    /// <summary>The outcomes at least as good as the party's reservation value in <paramref name="state"/>.</summary>
    public static OutcomeSet IndividuallyRational(LevelTwoMatrix matrix, LevelTwoState state, int party)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        double r = state.Reservations[party];
        double[] u = matrix.Parties.Utilities(party).ToArray();
        return OutcomeSet.From(matrix.OutcomeCount, o => u[o] >= r);
    }

    /// <summary>The agreement space: individually rational for every party and inside every win-set.</summary>
    public static OutcomeSet AgreementSpace(LevelTwoMatrix matrix, LevelTwoState state)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        OutcomeSet result = OutcomeSet.All(matrix.OutcomeCount);
        for (int p = 0; p < matrix.Scenario.Parties.Length; p++)
        {
            result = result.Intersect(IndividuallyRational(matrix, state, p)).Intersect(Compute(matrix, state, p));
        }

        return result;
    }
}
