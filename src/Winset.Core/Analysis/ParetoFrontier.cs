namespace Winset.Analysis;

/// <summary>
/// Dominance and the Pareto frontier over comparison keys (see <see cref="AnalysisOptions"/> for the tie grid).
/// An outcome is on the frontier when no outcome strictly dominates it (at least as good for every party, better for
/// one); outcomes with equal utility vectors do not dominate each other, so ties are all kept, as GENIUS keeps them.
/// </summary>
public static class ParetoFrontier
{
    private const int MaxBuckets = 4096;

    /// <summary>
    /// True when the utility vector <paramref name="a"/> dominates <paramref name="b"/>: a_i ≥ b_i for every party and
    /// a_i &gt; b_i for some, comparing on the grid of <paramref name="tieQuantum"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The vectors have different lengths.</exception>
    public static bool Dominates(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double tieQuantum = AnalysisOptions.DefaultTieQuantum)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Cannot compare utility vectors of {a.Length} and {b.Length} parties.", nameof(b));
        }

        var grid = TieGrid.Create(tieQuantum);
        bool strict = false;
        for (int p = 0; p < a.Length; p++)
        {
            double ka = grid.Key(a[p]);
            double kb = grid.Key(b[p]);
            if (ka < kb)
            {
                return false;
            }

            strict |= ka > kb;
        }

        return strict;
    }

    /// <summary>
    /// The frontier of two parties' keys in O(n) plus a sort of the few survivors: outcomes are bucketed by k1 into
    /// about √n buckets (at most 4096); an outcome whose k2 does not exceed the largest k2 of every higher bucket is
    /// dominated by that outcome (strictly larger k1, at least as large k2) and dropped. The survivors — every frontier
    /// member among them — are sorted by (k1 desc, k2 desc, index) and swept, keeping equal vectors.
    /// </summary>
    /// <returns>Frontier indices ordered by k1 descending, then index.</returns>
    internal static int[] TwoParty(double[] k1, double[] k2, double min1, double max1)
    {
        int n = k1.Length;
        int buckets = n < 256 ? 1 : Math.Min(MaxBuckets, (int)Math.Sqrt(n));
        double span = max1 - min1;
        double factor = span > 0 ? (buckets - 1) / span : 0.0;

        // The bucket index (int)((k1 − min1)·factor) never decreases as k1 grows (every step rounds monotonically),
        // so an outcome in a higher bucket has a strictly larger k1.
        var bucketMax = new double[buckets + 1];
        Array.Fill(bucketMax, double.NegativeInfinity);
        for (int i = 0; i < n; i++)
        {
            int b = (int)((k1[i] - min1) * factor);
            double v = k2[i];
            if (v > bucketMax[b])
            {
                bucketMax[b] = v;
            }
        }

        // above[b] = the largest k2 over buckets strictly above b.
        var above = new double[buckets + 1];
        above[buckets] = double.NegativeInfinity;
        for (int b = buckets - 1; b >= 0; b--)
        {
            above[b] = Math.Max(above[b + 1], bucketMax[b + 1]);
        }

        var survivors = new List<Entry2>(1024);
        for (int i = 0; i < n; i++)
        {
            int b = (int)((k1[i] - min1) * factor);
            double v = k2[i];
            if (v > above[b])
            {
                survivors.Add(new Entry2(k1[i], v, i));
            }
        }

        Entry2[] s = [.. survivors];
        Array.Sort(s, default(Entry2Order));

        // Sweep groups of equal k1 in descending order. Inside a group only the largest k2 survives (all of its
        // ties), and only if it beats every k2 of a larger k1. A survivor dominated by a dropped outcome is also
        // dominated by the frontier member above that outcome, which is a survivor, so the sweep is exact.
        var frontier = new List<int>();
        double best = double.NegativeInfinity;
        int j = 0;
        while (j < s.Length)
        {
            double a = s[j].A;
            double groupMax = s[j].B;
            int end = j;
            while (end < s.Length && s[end].A == a)
            {
                end++;
            }

            if (groupMax > best)
            {
                for (int t = j; t < end && s[t].B == groupMax; t++)
                {
                    frontier.Add(s[t].Index);
                }

                best = groupMax;
            }

            j = end;
        }

        return [.. frontier];
    }

    /// <summary>
    /// The frontier for any number of parties: an O(n·m) pass finds pivots (argmax of Σk and of Σk + 2k_p for each
    /// party p), a second pass drops every outcome a pivot dominates, and the survivors are sorted by (Σk desc, keys
    /// lexicographically desc, index) so that any dominator comes before what it dominates; a skyline sweep (block
    /// nested loops) then keeps each survivor no kept outcome dominates.
    /// </summary>
    /// <returns>Frontier indices ordered by the keys lexicographically descending (first party first), then index.</returns>
    internal static int[] General(double[][] keys)
    {
        int m = keys.Length;
        int n = keys[0].Length;
        int pivotCount = m + 1;
        var pivot = new int[pivotCount];
        var pivotScore = new double[pivotCount];
        Array.Fill(pivotScore, double.NegativeInfinity);
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int p = 0; p < m; p++)
            {
                sum += keys[p][i];
            }

            if (sum > pivotScore[m])
            {
                pivotScore[m] = sum;
                pivot[m] = i;
            }

            for (int p = 0; p < m; p++)
            {
                double score = sum + (2 * keys[p][i]);
                if (score > pivotScore[p])
                {
                    pivotScore[p] = score;
                    pivot[p] = i;
                }
            }
        }

        var survivors = new List<int>(1024);
        for (int i = 0; i < n; i++)
        {
            bool dominated = false;
            for (int t = 0; t < pivotCount && !dominated; t++)
            {
                dominated = Dominates(keys, pivot[t], i);
            }

            if (!dominated)
            {
                survivors.Add(i);
            }
        }

        var s = new SumEntry[survivors.Count];
        for (int t = 0; t < s.Length; t++)
        {
            int o = survivors[t];
            double sum = 0;
            for (int p = 0; p < m; p++)
            {
                sum += keys[p][o];
            }

            s[t] = new SumEntry(sum, o);
        }

        Array.Sort(s, new SumThenLexOrder(keys));
        var frontier = new List<int>();
        for (int t = 0; t < s.Length; t++)
        {
            int o = s[t].Index;
            bool dominated = false;
            for (int f = 0; f < frontier.Count && !dominated; f++)
            {
                dominated = Dominates(keys, frontier[f], o);
            }

            if (!dominated)
            {
                frontier.Add(o);
            }
        }

        int[] result = [.. frontier];
        Array.Sort(result, new LexOrder(keys));
        return result;
    }

    /// <summary>True when outcome a dominates outcome b in the keys.</summary>
    internal static bool Dominates(double[][] keys, int a, int b)
    {
        bool strict = false;
        for (int p = 0; p < keys.Length; p++)
        {
            double ka = keys[p][a];
            double kb = keys[p][b];
            if (ka < kb)
            {
                return false;
            }

            strict |= ka > kb;
        }

        return strict;
    }

    /// <summary>Orders outcome indices by keys lexicographically descending, then index ascending.</summary>
    internal sealed class LexOrder(double[][] keys) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            for (int p = 0; p < keys.Length; p++)
            {
                int c = keys[p][y].CompareTo(keys[p][x]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.CompareTo(y);
        }
    }

    private readonly record struct Entry2(double A, double B, int Index);

    private readonly struct Entry2Order : IComparer<Entry2>
    {
        public int Compare(Entry2 x, Entry2 y)
        {
            int c = y.A.CompareTo(x.A);
            if (c != 0)
            {
                return c;
            }

            c = y.B.CompareTo(x.B);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }

    private readonly record struct SumEntry(double Sum, int Index);

    /// <summary>Orders by sum descending, then by the keys lexicographically descending, then index.</summary>
    private sealed class SumThenLexOrder(double[][] keys) : IComparer<SumEntry>
    {
        private readonly LexOrder _lex = new(keys);

        public int Compare(SumEntry x, SumEntry y)
        {
            int c = y.Sum.CompareTo(x.Sum);
            return c != 0 ? c : _lex.Compare(x.Index, y.Index);
        }
    }
}
