using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// The truth table of a ratification rule over its party's k constituencies, for fixed mobilisation levels: bit m of
/// the table (2^k bits) is <see cref="RatificationRule.Passes"/> when exactly the constituencies of the bit mask m
/// approve. The same table serves every outcome (an outcome's approval pattern is its mask) and every threshold.
/// </summary>
/// <remarks>
/// <para>Semantics are those of <see cref="RatificationRule.Passes"/>, operation for operation: a weighted vote sums the
/// approving members' weight·mobilisation in member order from 0 and compares it with
/// <c>Quota · (mobilised / TotalWeight) · (1 − 1e-12)</c>, the same doubles in the same order, so the table agrees with the
/// rule bit for bit.</para>
/// <para>Cost: O(2^k / 64) word operations per all-of, any-of, veto or leaf node; a weighted vote of j distinct members
/// enumerates at most 2^j member coalitions (depth-first, with the running sum, skipping subtrees that cannot reach the
/// quota) and then spreads the result over the other k − j constituencies in O((k − j)·2^k / 64). A vote that names a
/// constituency twice costs O(j·2^k).</para>
/// </remarks>
internal static class RuleTable
{
    /// <summary>The most constituencies a table is built for (2^26 bits = 8 MB).</summary>
    public const int MaxConstituencies = 26;

    private static readonly ulong[] LowPatterns =
    [
        0xAAAAAAAAAAAAAAAAUL, 0xCCCCCCCCCCCCCCCCUL, 0xF0F0F0F0F0F0F0F0UL,
        0xFF00FF00FF00FF00UL, 0xFFFF0000FFFF0000UL, 0xFFFFFFFF00000000UL,
    ];

    /// <summary>The number of words of a table over k constituencies.</summary>
    public static int WordCount(int k) => k >= 6 ? 1 << (k - 6) : 1;

    /// <summary>The table of <paramref name="rule"/> over <paramref name="k"/> constituencies with these mobilisation levels.</summary>
    public static ulong[] Build(RatificationRule rule, int k, ReadOnlySpan<double> mobilisation)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, MaxConstituencies);
        var builder = new Builder(k, mobilisation.ToArray());
        ulong[] table = builder.Evaluate(rule);
        if (k < 6)
        {
            table[0] &= (1UL << (1 << k)) - 1;
        }

        return table;
    }

    /// <summary>True when every one of the 2^k entries is set.</summary>
    public static bool IsAll(ReadOnlySpan<ulong> table, int k)
    {
        ulong full = k >= 6 ? ulong.MaxValue : (1UL << (1 << k)) - 1;
        foreach (ulong w in table)
        {
            if (w != full)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when no entry is set.</summary>
    public static bool IsNone(ReadOnlySpan<ulong> table)
    {
        foreach (ulong w in table)
        {
            if (w != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Entry m of a table.</summary>
    public static bool Get(ReadOnlySpan<ulong> table, int m) => ((table[m >> 6] >> (m & 63)) & 1) != 0;

    private sealed class Builder(int k, double[] mobilisation)
    {
        private readonly int _words = WordCount(k);

        public ulong[] Evaluate(RatificationRule rule) => rule switch
        {
            ConstituencyRule c => Present(c.Constituency),
            VetoRule v => And(Present(v.Holder), Evaluate(v.Rule)),
            AllOfRule a => Combine(a.Children, and: true),
            AnyOfRule a => Combine(a.Children, and: false),
            WeightedVoteRule w => Vote(w),
            _ => throw new NotSupportedException($"Unknown ratification rule {rule.GetType().Name}."),
        };

        /// <summary>A constituency's approval, or "passes" when it is absent (mobilisation 0).</summary>
        private ulong[] Present(int c) => mobilisation[c] <= 0 ? Constant(true) : Leaf(c);

        private ulong[] Constant(bool value)
        {
            var t = new ulong[_words];
            if (value)
            {
                t.AsSpan().Fill(ulong.MaxValue);
            }

            return t;
        }

        private ulong[] Leaf(int c)
        {
            var t = new ulong[_words];
            if (c < 6)
            {
                t.AsSpan().Fill(LowPatterns[c]);
            }
            else
            {
                int shift = c - 6;
                for (int w = 0; w < t.Length; w++)
                {
                    t[w] = ((w >> shift) & 1) != 0 ? ulong.MaxValue : 0UL;
                }
            }

            return t;
        }

        private static ulong[] And(ulong[] a, ulong[] b)
        {
            for (int i = 0; i < a.Length; i++)
            {
                a[i] &= b[i];
            }

            return a;
        }

        private ulong[] Combine(ImmutableArray<RatificationRule> children, bool and)
        {
            ulong[] result = Constant(and);
            foreach (RatificationRule child in children)
            {
                ulong[] t = Evaluate(child);
                for (int i = 0; i < result.Length; i++)
                {
                    result[i] = and ? result[i] & t[i] : result[i] | t[i];
                }
            }

            return result;
        }

        private ulong[] Vote(WeightedVoteRule rule)
        {
            int j = rule.Members.Length;
            var members = new int[j];
            var w = new double[j];
            double mobilised = 0;
            for (int i = 0; i < j; i++)
            {
                members[i] = rule.Members[i];
                w[i] = rule.Weights[i] * mobilisation[members[i]];
                mobilised += w[i];
            }

            ulong[] table = Constant(false);
            if (!(mobilised > 0))
            {
                return table;
            }

            double bound = rule.Quota * (mobilised / rule.TotalWeight) * (1 - 1e-12);
            int memberMask = 0;
            bool distinct = true;
            foreach (int m in members)
            {
                distinct &= (memberMask & (1 << m)) == 0;
                memberMask |= 1 << m;
            }

            if (!distinct)
            {
                // A constituency named twice: evaluate every approval pattern directly.
                for (int m = 0; m < 1 << k; m++)
                {
                    double yes = 0;
                    for (int i = 0; i < j; i++)
                    {
                        if ((m & (1 << members[i])) != 0)
                        {
                            yes += w[i];
                        }
                    }

                    if (yes >= bound)
                    {
                        table[m >> 6] |= 1UL << (m & 63);
                    }
                }

                return table;
            }

            // The best sum reachable from slot i on: the running sum plus every later weight, in order (float addition is
            // monotone, so no coalition of the later members sums higher).
            var vote = new VoteEnumeration(members, w, bound, table);
            vote.Run(0, 0.0, 0);

            // Spread over the constituencies outside the vote: entry m | bit equals entry m.
            for (int c = 0; c < k; c++)
            {
                if ((memberMask & (1 << c)) == 0)
                {
                    Spread(table, c);
                }
            }

            return table;
        }

        private static void Spread(ulong[] table, int c)
        {
            if (c < 6)
            {
                int shift = 1 << c;
                ulong low = ~LowPatterns[c];
                for (int i = 0; i < table.Length; i++)
                {
                    table[i] |= (table[i] & low) << shift;
                }
            }
            else
            {
                int stride = 1 << (c - 6);
                for (int i = 0; i < table.Length; i++)
                {
                    if ((i & stride) != 0)
                    {
                        table[i] |= table[i - stride];
                    }
                }
            }
        }
    }

    /// <summary>Depth-first enumeration of a vote's member coalitions, in member order, with the reference's running sum.</summary>
    private sealed class VoteEnumeration(int[] members, double[] w, double bound, ulong[] table)
    {
        public void Run(int slot, double yes, int mask)
        {
            if (slot == members.Length)
            {
                if (yes >= bound)
                {
                    table[mask >> 6] |= 1UL << (mask & 63);
                }

                return;
            }

            // Prune: even with every later member approving, the sum stays below the bound.
            double best = yes;
            for (int i = slot; i < members.Length; i++)
            {
                best += w[i];
            }

            if (!(best >= bound))
            {
                return;
            }

            Run(slot + 1, yes + w[slot], mask | (1 << members[slot]));
            Run(slot + 1, yes, mask);
        }
    }
}
