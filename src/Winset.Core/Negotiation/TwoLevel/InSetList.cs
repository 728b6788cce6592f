using Winset.Analysis.TwoLevel;
using Winset.Model;

namespace Winset.Negotiation.TwoLevel;

/// <summary>
/// A party's win-set in one level-II state, as a bitset and as the list of its members sorted by the party's own
/// utility, best first (the party's <see cref="SortedUtilityIndex"/> filtered by the set), so that agents find the
/// nearest in-set outcome by binary search. Immutable; shared between sessions through <see cref="WinSetCache"/>.
/// </summary>
internal sealed class InSetList
{
    private InSetList(OutcomeSet set, int[] outcomes, double[] utilities)
    {
        Set = set;
        Outcomes = outcomes;
        Utilities = utilities;
    }

    public OutcomeSet Set { get; }

    /// <summary>The members, best first for the party (ties: ascending outcome index, as the sorted index).</summary>
    public int[] Outcomes { get; }

    /// <summary>The party's utility of each member, descending.</summary>
    public double[] Utilities { get; }

    public int Count => Outcomes.Length;

    /// <summary>The win-set of <paramref name="party"/> in <paramref name="state"/> (one pass over the sorted index).</summary>
    public static InSetList Compute(PreparedScenario prepared, LevelTwoState state, int party)
    {
        LevelTwoMatrix matrix = prepared.LevelTwo!;
        OutcomeSet set = WinSets.Compute(matrix, state, party);
        SortedUtilityIndex index = prepared.SortedIndex(party);
        var outcomes = new int[set.Count];
        var utilities = new double[set.Count];
        ReadOnlySpan<int> ranked = index.Outcomes;
        ReadOnlySpan<double> rankedUtilities = index.Utilities;
        int j = 0;
        for (int r = 0; r < ranked.Length && j < outcomes.Length; r++)
        {
            if (set.Contains(new OutcomeIndex(ranked[r])))
            {
                outcomes[j] = ranked[r];
                utilities[j] = rankedUtilities[r];
                j++;
            }
        }

        return new InSetList(set, outcomes, utilities);
    }

    /// <summary>The number of members with utility ≥ <paramref name="target"/> (a prefix of the list).</summary>
    public static int CountAtLeast(ReadOnlySpan<double> descending, double target)
    {
        int lo = 0;
        int hi = descending.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (descending[mid] >= target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
