using System.Collections.Immutable;
using System.Numerics;
using Winset.Diagnostics;
using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// The voting power of each constituency in its party's ratification rule: the Shapley–Shubik index (the share of
/// orderings in which it turns a losing coalition into a winning one) and the Banzhaf index (its swings: losing
/// coalitions it turns winning by joining), raw and normalised. Exact.
/// </summary>
/// <remarks>
/// <para><b>The simple game.</b> The players are the party's constituencies; a coalition S wins when the rule passes
/// with exactly the members of S approving, at the mobilisation levels of the given state
/// (<see cref="RatificationRule.Passes"/>). So a constituency with mobilisation 0 is a dummy (power 0), and a vote's
/// weights are weight × mobilisation against a quota that is the same share of the mobilised total.</para>
/// <para><b>A single weighted vote</b> (the root rule, members distinct): dynamic programming over integer weights,
/// O(j²·q) time and O(j·q) memory for j members and an integer quota q. Integer weights: when every effective weight
/// (weight × mobilisation) is a multiple of 10^-d for some d ≤ 6 (within a relative 1e-9), the weights are scaled by
/// 10^d and divided by their greatest common divisor — exact; otherwise each is rounded to units of
/// <see cref="WeightResolution"/> (10^-6) of the mobilised total, and a coalition whose weight is within
/// (members · 0.5·10^-6) of the quota's share may be misclassified. The quota is
/// ⌈quota share × integer total × (1 − 1e-12)⌉, the rule's own 1e-12 slack. At most <see cref="MaxVoteMembers"/> (62)
/// members, so that coalition counts fit in 64-bit integers.</para>
/// <para><b>Any other rule</b> (all-of, any-of, veto, nested votes): the simple game is enumerated exactly through the
/// rule's truth table, O(k·2^k / 64) word operations for k constituencies; at most
/// <see cref="MaxEnumeratedConstituencies"/> (24) constituencies, else <see cref="InputException"/>.</para>
/// <para>When no coalition wins (nobody is mobilised in a vote, or an empty any-of), every index is 0 (the
/// Shapley–Shubik indices then sum to 0, not 1). A party without constituencies has no indices.</para>
/// </remarks>
public static class PowerIndex
{
    /// <summary>The most members of a single weighted vote handled by dynamic programming.</summary>
    public const int MaxVoteMembers = 62;

    /// <summary>The most constituencies of a composite rule handled by enumeration.</summary>
    public const int MaxEnumeratedConstituencies = 24;

    /// <summary>The unit of rounded weights, as a share of the mobilised total, when weights are not decimal numbers.</summary>
    public const double WeightResolution = 1e-6;

    /// <summary>The most integer weight units the dynamic programme accepts (j·q entries of 8 bytes).</summary>
    private const long MaxTableEntries = 40_000_000;

    /// <summary>The power of every constituency of a party, at the mobilisation levels of <paramref name="state"/> (default: the initial state).</summary>
    /// <exception cref="InputException">The rule is composite with more than <see cref="MaxEnumeratedConstituencies"/> constituencies, or a vote is too large.</exception>
    public static PowerIndices Compute(Scenario scenario, int party, LevelTwoState? state = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(party);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(party, scenario.Parties.Length);
        Party p = scenario.Parties[party];
        double[] mobilisation = state is null ? [.. p.Constituencies.Select(c => c.Mobilisation)] : [.. state.Mobilisations[party]];
        return Compute(p.Ratification, p.Constituencies.Length, mobilisation, p.Name);
    }

    /// <summary>The power of each of <paramref name="constituencyCount"/> players in a rule, at these mobilisation levels.</summary>
    /// <param name="rule">The rule; its leaves are player positions below <paramref name="constituencyCount"/>.</param>
    /// <param name="constituencyCount">The number of players (constituencies).</param>
    /// <param name="mobilisation">Each player's mobilisation.</param>
    /// <param name="partyName">For error messages.</param>
    /// <exception cref="InputException">The rule is too large to compute exactly (see the remarks).</exception>
    public static PowerIndices Compute(RatificationRule rule, int constituencyCount, ReadOnlySpan<double> mobilisation, string? partyName = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegative(constituencyCount);
        if (mobilisation.Length != constituencyCount)
        {
            throw new ArgumentException($"{mobilisation.Length} mobilisation levels for {constituencyCount} constituencies.", nameof(mobilisation));
        }

        string who = partyName is null ? "the party" : $"party '{partyName}'";
        int k = constituencyCount;
        if (rule is WeightedVoteRule vote && vote.Members.Distinct().Count() == vote.Members.Length)
        {
            if (vote.Members.Length > MaxVoteMembers)
            {
                throw new InputException($"The weighted vote of {who} has {vote.Members.Length} members; power indices are computed for at most {MaxVoteMembers}.");
            }

            return FromVote(vote, k, mobilisation, who);
        }

        if (k > MaxEnumeratedConstituencies)
        {
            throw new InputException(
                $"The ratification rule of {who} combines {k} constituencies; power indices of a composite rule (all-of, any-of, veto) are computed exactly " +
                $"for at most {MaxEnumeratedConstituencies} (a single weighted vote has no such limit).");
        }

        ulong[] table = RuleTable.Build(rule, k, mobilisation);
        return FromTable(table, k);
    }

    /// <summary>Enumeration: swings of player i are the masks m without i where m loses and m ∪ {i} wins.</summary>
    internal static PowerIndices FromTable(ulong[] table, int k)
    {
        var swings = new long[k];
        var ss = new double[k];
        if (k == 0)
        {
            return Build(swings, ss, 0, PowerMethod.Enumeration, null);
        }

        // β[s] = s!(k−1−s)!/k!: the share of orderings in which a given coalition of size s precedes player i.
        var beta = ShapleyWeights(k);

        // Masks of the bit positions inside a word whose own popcount is b (b = 0..6).
        Span<ulong> byCount = stackalloc ulong[7];
        for (int j = 0; j < 64; j++)
        {
            byCount[BitOperations.PopCount((uint)j)] |= 1UL << j;
        }

        int words = table.Length;
        ulong valid = k >= 6 ? ulong.MaxValue : (1UL << (1 << k)) - 1;
        for (int i = 0; i < k; i++)
        {
            long count = 0;
            double share = 0;
            for (int w = 0; w < words; w++)
            {
                ulong swing;
                if (i < 6)
                {
                    int shift = 1 << i;
                    ulong without = ~LowBits(i) & valid;
                    ulong t = table[w];
                    swing = ~t & (t >> shift) & without;
                }
                else
                {
                    int bit = 1 << (i - 6);
                    if ((w & bit) != 0)
                    {
                        continue;
                    }

                    swing = ~table[w] & table[w | bit] & valid;
                }

                if (swing == 0)
                {
                    continue;
                }

                count += BitOperations.PopCount(swing);
                int high = BitOperations.PopCount((uint)w);
                for (int b = 0; b <= 6; b++)
                {
                    int c = BitOperations.PopCount(swing & byCount[b]);
                    if (c != 0)
                    {
                        share += c * beta[high + b];
                    }
                }
            }

            swings[i] = count;
            ss[i] = share;
        }

        return Build(swings, ss, k, PowerMethod.Enumeration, null);
    }

    private static ulong LowBits(int i) => i switch
    {
        0 => 0xAAAAAAAAAAAAAAAAUL,
        1 => 0xCCCCCCCCCCCCCCCCUL,
        2 => 0xF0F0F0F0F0F0F0F0UL,
        3 => 0xFF00FF00FF00FF00UL,
        4 => 0xFFFF0000FFFF0000UL,
        _ => 0xFFFFFFFF00000000UL,
    };

    private static PowerIndices FromVote(WeightedVoteRule vote, int k, ReadOnlySpan<double> mobilisation, string who)
    {
        int j = vote.Members.Length;
        var effective = new double[j];
        double mobilised = 0;
        for (int i = 0; i < j; i++)
        {
            effective[i] = vote.Weights[i] * mobilisation[vote.Members[i]];
            mobilised += effective[i];
        }

        var swings = new long[k];
        var ss = new double[k];
        if (!(mobilised > 0))
        {
            return Build(swings, ss, k, PowerMethod.DynamicProgramming, null);
        }

        (long[] weights, double unit) = Integerise(effective, mobilised);
        long total = weights.Sum();
        double share = vote.Quota / vote.TotalWeight;
        long quota = Math.Max(1, (long)Math.Ceiling(share * total * (1 - 1e-12)));
        if ((long)(j + 1) * quota > MaxTableEntries)
        {
            throw new InputException(
                $"The weighted vote of {who} needs {(j + 1) * quota:N0} table entries for exact power indices (at most {MaxTableEntries:N0}); use fewer members or coarser weights.");
        }

        // counts[s][w]: coalitions of size s with weight w < quota (weights ≥ quota are never needed).
        int q = (int)quota;
        var counts = new long[j + 1][];
        for (int s = 0; s <= j; s++)
        {
            counts[s] = new long[q];
        }

        counts[0][0] = 1;
        for (int i = 0; i < j; i++)
        {
            int wi = (int)Math.Min(weights[i], q);
            for (int s = i; s >= 0; s--)
            {
                long[] from = counts[s];
                long[] to = counts[s + 1];
                for (int w = q - 1 - wi; w >= 0; w--)
                {
                    to[w + wi] += from[w];
                }
            }
        }

        double[] beta = ShapleyWeights(j);
        var without = new long[j][];
        for (int s = 0; s < j; s++)
        {
            without[s] = new long[q];
        }

        for (int i = 0; i < j; i++)
        {
            long wi = weights[i];
            if (wi == 0)
            {
                continue;
            }

            // Remove player i: without[s][w] = counts[s][w] − without[s−1][w − wi].
            for (int s = 0; s < j; s++)
            {
                long[] c = counts[s];
                long[] o = without[s];
                long[]? prev = s > 0 ? without[s - 1] : null;
                for (int w = 0; w < q; w++)
                {
                    o[w] = c[w] - (prev is not null && w >= wi ? prev[w - wi] : 0);
                }
            }

            // Swings: coalitions without i of weight in [quota − wi, quota − 1].
            long count = 0;
            double power = 0;
            int from = (int)Math.Max(0, quota - wi);
            for (int s = 0; s < j; s++)
            {
                long sizeCount = 0;
                long[] o = without[s];
                for (int w = from; w < q; w++)
                {
                    sizeCount += o[w];
                }

                count += sizeCount;
                power += sizeCount * beta[s];
            }

            int player = vote.Members[i];
            swings[player] = count;
            ss[player] = power;
        }

        // Raw Banzhaf counts swings among the vote's own members; a constituency outside the vote is a dummy, which
        // doubles both the swings and the coalitions and so leaves the raw index unchanged.
        return Build(swings, ss, j, PowerMethod.DynamicProgramming, unit);
    }

    /// <summary>Integer weights for the effective weights, and the size of one unit as a share of the mobilised total (null when exact).</summary>
    private static (long[] Weights, double Unit) Integerise(double[] effective, double mobilised)
    {
        var result = new long[effective.Length];
        for (int d = 0; d <= 6; d++)
        {
            double scale = Math.Pow(10, d);
            bool exact = true;
            for (int i = 0; i < effective.Length && exact; i++)
            {
                double x = effective[i] * scale;
                double r = Math.Round(x);
                exact = Math.Abs(x - r) <= 1e-9 * Math.Max(1, Math.Abs(x)) && r < 1e12;
                result[i] = (long)r;
            }

            if (exact)
            {
                long g = 0;
                foreach (long w in result)
                {
                    g = Gcd(g, w);
                }

                if (g > 1)
                {
                    for (int i = 0; i < result.Length; i++)
                    {
                        result[i] /= g;
                    }
                }

                return (result, double.NaN);
            }
        }

        for (int i = 0; i < effective.Length; i++)
        {
            result[i] = (long)Math.Round(effective[i] / mobilised / WeightResolution);
        }

        return (result, WeightResolution);
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>β[s] = s!(n−1−s)!/n! = 1/(n·C(n−1, s)), for s = 0..n−1.</summary>
    private static double[] ShapleyWeights(int n)
    {
        var beta = new double[Math.Max(n, 1)];
        if (n == 0)
        {
            return beta;
        }

        // C(n−1, s) computed in doubles by the multiplicative formula.
        double binomial = 1;
        for (int s = 0; s < n; s++)
        {
            beta[s] = 1.0 / (n * binomial);
            binomial = binomial * (n - 1 - s) / (s + 1);
        }

        return beta;
    }

    private static PowerIndices Build(long[] swings, double[] ss, int players, PowerMethod method, double? unit)
    {
        double total = swings.Sum(s => (double)s);
        double coalitions = players == 0 ? 1 : Math.Pow(2, players - 1);
        return new PowerIndices(
            ImmutableArray.Create(ss),
            [.. swings.Select(s => s / coalitions)],
            [.. swings.Select(s => total > 0 ? s / total : 0)],
            ImmutableArray.Create(swings),
            method,
            unit is { } u && double.IsFinite(u) ? u : null);
    }
}
