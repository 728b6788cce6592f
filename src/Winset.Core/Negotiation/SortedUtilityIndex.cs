using Winset.Model;

namespace Winset.Negotiation;

/// <summary>
/// One party's outcomes sorted by its utility, best first, so that strategies find the outcome nearest a target
/// utility by binary search (O(log n)) instead of scanning the space.
/// </summary>
/// <remarks>
/// <para>Rank 0 is the best outcome; ranks increase as utility decreases. Outcomes of equal utility are ordered by
/// ascending <see cref="OutcomeIndex"/>, so the order (and every strategy built on it) is deterministic.</para>
/// <para>Building the index sorts n utilities (about 100 ms for 10^6 outcomes): build it once per party and scenario,
/// e.g. through <see cref="PreparedScenario"/>, and share it across sessions. Immutable and thread-safe.</para>
/// </remarks>
public sealed class SortedUtilityIndex
{
    private readonly double[] _utilities; // descending
    private readonly int[] _outcomes;

    private SortedUtilityIndex(double[] utilities, int[] outcomes)
    {
        _utilities = utilities;
        _outcomes = outcomes;
    }

    /// <summary>The number of outcomes.</summary>
    public int Count => _utilities.Length;

    /// <summary>The highest utility (of rank 0).</summary>
    public double MaxUtility => _utilities[0];

    /// <summary>The lowest utility (of rank <see cref="Count"/> − 1).</summary>
    public double MinUtility => _utilities[^1];

    /// <summary>The utilities in rank order (descending).</summary>
    public ReadOnlySpan<double> Utilities => _utilities;

    /// <summary>The outcome indices in rank order.</summary>
    public ReadOnlySpan<int> Outcomes => _outcomes;

    /// <summary>Sorts a party's utilities (indexed by <see cref="OutcomeIndex"/>) into an index.</summary>
    /// <exception cref="ArgumentException">The span is empty or holds a utility that is not finite.</exception>
    public static SortedUtilityIndex Create(ReadOnlySpan<double> utilities)
    {
        if (utilities.IsEmpty)
        {
            throw new ArgumentException("An index needs at least one outcome.", nameof(utilities));
        }

        int n = utilities.Length;
        double[] keys = utilities.ToArray();
        var items = new int[n];
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(keys[i]))
            {
                throw new ArgumentException($"The utility of outcome {i} is {keys[i]}; utilities must be finite.", nameof(utilities));
            }

            items[i] = i;
        }

        Array.Sort(keys, items);
        Array.Reverse(keys);
        Array.Reverse(items);

        // Runs of equal utility: ascending outcome index.
        int start = 0;
        for (int i = 1; i <= n; i++)
        {
            if (i == n || keys[i] != keys[start])
            {
                if (i - start > 1)
                {
                    Array.Sort(items, start, i - start);
                }

                start = i;
            }
        }

        return new SortedUtilityIndex(keys, items);
    }

    /// <summary>The outcome of a rank (0 = best).</summary>
    public OutcomeIndex OutcomeAt(int rank) => new(_outcomes[rank]);

    /// <summary>The utility of the outcome of a rank.</summary>
    public double UtilityAt(int rank) => _utilities[rank];

    /// <summary>
    /// The number of outcomes with utility ≥ <paramref name="target"/>; equivalently the rank of the best outcome below
    /// the target. 0 when the target exceeds <see cref="MaxUtility"/> (or is NaN).
    /// </summary>
    public int CountAtLeast(double target)
    {
        double[] u = _utilities;
        int lo = 0;
        int hi = u.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (u[mid] >= target)
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

    /// <summary>
    /// The rank of the outcome with the lowest utility that is still ≥ <paramref name="target"/> (the least concession
    /// that meets the target), or −1 when every outcome is below it. Among equal utilities: the last in rank order.
    /// </summary>
    public int RankOfLowestAtLeast(double target) => CountAtLeast(target) - 1;

    /// <summary>
    /// The outcome with the lowest utility ≥ <paramref name="target"/>, or the best outcome when none reaches the target.
    /// </summary>
    public OutcomeIndex LowestAtLeastOrBest(double target)
    {
        int r = CountAtLeast(target) - 1;
        return new OutcomeIndex(_outcomes[r < 0 ? 0 : r]);
    }

    /// <summary>
    /// The rank of an outcome whose utility is nearest <paramref name="target"/>; on equal distance the one above
    /// the target.
    /// </summary>
    public int RankNearest(double target)
    {
        int c = CountAtLeast(target);
        if (c == 0)
        {
            return 0;
        }

        if (c == _utilities.Length)
        {
            return c - 1;
        }

        return _utilities[c - 1] - target <= target - _utilities[c] ? c - 1 : c;
    }

    /// <summary>An outcome whose utility is nearest <paramref name="target"/> (see <see cref="RankNearest"/>).</summary>
    public OutcomeIndex Nearest(double target) => new(_outcomes[RankNearest(target)]);
}
