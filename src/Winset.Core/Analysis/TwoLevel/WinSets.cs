using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// Win-sets (the outcomes a party's home would ratify in a given level-II state) and the agreement space (the
/// outcomes individually rational for every party and inside every win-set), computed from scratch for one state.
/// For many states in a row (a timeline, a sweep) use a <see cref="WinSetTracker"/>, which recomputes only what changed.
/// </summary>
/// <remarks>
/// A constituency approves an outcome when its utility is at least its threshold in the state (raw doubles, as
/// <see cref="Constituency.Approves"/>); the win-set is where the party's rule passes
/// (<see cref="RatificationRule.Passes"/>, bit for bit, with the state's mobilisation levels); an outcome is individually
/// rational when the party's utility is at least its reservation value in the state. Cost: O(n·k) for a party with k
/// constituencies (approval patterns), plus O(2^k) for its rule table (k ≤ 20; see <see cref="PartyWinSet"/> beyond).
/// </remarks>
public static class WinSets
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
        CheckParty(matrix, party);
        if (matrix.ConstituencyCount(party) == 0)
        {
            return OutcomeSet.All(matrix.OutcomeCount);
        }

        var winSet = new PartyWinSet(matrix, party);
        winSet.Update(state.Thresholds[party].AsSpan(), state.Mobilisations[party].AsSpan());
        return OutcomeSet.CopyOf(winSet.Words, matrix.OutcomeCount);
    }

    /// <summary>The outcomes at least as good as the party's reservation value in <paramref name="state"/>.</summary>
    public static OutcomeSet IndividuallyRational(LevelTwoMatrix matrix, LevelTwoState state, int party)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(state);
        CheckParty(matrix, party);
        var bits = new ulong[Bits.WordCount(matrix.OutcomeCount)];
        Bits.GreaterOrEqual(matrix.Parties.Utilities(party), state.Reservations[party], bits);
        return new OutcomeSet(bits, matrix.OutcomeCount);
    }

    /// <summary>The agreement space: individually rational for every party and inside every win-set.</summary>
    public static OutcomeSet AgreementSpace(LevelTwoMatrix matrix, LevelTwoState state) =>
        new WinSetTracker(matrix, state).AgreementSpace();

    /// <summary>
    /// The best deal of a state: the Nash solution within the agreement space (see <see cref="WinSetTracker.BestDeal"/>),
    /// or null when the agreement space is empty.
    /// </summary>
    public static SolutionPoint? BestDeal(LevelTwoMatrix matrix, LevelTwoState state, AnalysisOptions? options = null) =>
        new WinSetTracker(matrix, state, options).BestDeal;

    private static void CheckParty(LevelTwoMatrix matrix, int party)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(party);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(party, matrix.Scenario.Parties.Length);
    }
}
