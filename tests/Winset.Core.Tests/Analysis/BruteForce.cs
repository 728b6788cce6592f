using Winset.Analysis;

namespace Winset.Core.Tests.Analysis;

/// <summary>
/// O(n²) and O(n) reference implementations of the analysis, straight from the definitions in reference.json,
/// on exact integer keys (round(u·10^12) as long; products and ratios in Int128), independent of the fast code.
/// </summary>
internal sealed class BruteForce
{
    private readonly long[][] _k;
    private readonly long[] _r;

    public BruteForce(UtilityMatrix matrix)
    {
        M = matrix.PartyCount;
        N = matrix.OutcomeCount;
        _k = new long[M][];
        _r = new long[M];
        for (int p = 0; p < M; p++)
        {
            _k[p] = new long[N];
            for (int i = 0; i < N; i++)
            {
                _k[p][i] = Key(matrix.Utility(p, new Winset.Model.OutcomeIndex(i)));
            }

            _r[p] = Key(matrix.ReservationValues[p]);
        }
    }

    public int M { get; }

    public int N { get; }

    public static long Key(double u) => (long)Math.Round(u * 1e12);

    public bool Dominates(int a, int b)
    {
        bool strict = false;
        for (int p = 0; p < M; p++)
        {
            if (_k[p][a] < _k[p][b])
            {
                return false;
            }

            strict |= _k[p][a] > _k[p][b];
        }

        return strict;
    }

    public bool IsIr(int o)
    {
        for (int p = 0; p < M; p++)
        {
            if (_k[p][o] < _r[p])
            {
                return false;
            }
        }

        return true;
    }

    public SortedSet<int> Frontier()
    {
        var result = new SortedSet<int>();
        for (int o = 0; o < N; o++)
        {
            bool dominated = false;
            for (int q = 0; q < N && !dominated; q++)
            {
                dominated = Dominates(q, o);
            }

            if (!dominated)
            {
                result.Add(o);
            }
        }

        return result;
    }

    public int IrCount() => Enumerable.Range(0, N).Count(IsIr);

    public int DistinctFrontierPoints() =>
        Frontier().Select(o => string.Join(",", Enumerable.Range(0, M).Select(p => _k[p][o]))).Distinct().Count();

    /// <summary>All outcomes of the candidate set attaining the maximum of a totally ordered objective.</summary>
    public static SortedSet<int> ArgmaxSet<T>(IEnumerable<int> candidates, Func<int, T> objective)
        where T : IComparable<T>
    {
        var best = new SortedSet<int>();
        T? top = default;
        foreach (int o in candidates)
        {
            T v = objective(o);
            int c = best.Count == 0 ? 1 : v.CompareTo(top!);
            if (c > 0)
            {
                best.Clear();
                top = v;
            }

            if (c >= 0)
            {
                best.Add(o);
            }
        }

        return best;
    }

    public IEnumerable<int> All => Enumerable.Range(0, N);

    public IEnumerable<int> Ir => All.Where(IsIr);

    public Int128 Product(int o, bool fromReservation)
    {
        Int128 product = 1;
        for (int p = 0; p < M; p++)
        {
            product *= _k[p][o] - (fromReservation ? _r[p] : 0);
        }

        return product;
    }

    public long Welfare(int o) => Enumerable.Range(0, M).Sum(p => _k[p][o]);

    public SortedSet<int> NashRv() => ArgmaxSet(Ir, o => Product(o, true));

    public SortedSet<int> NashZero() => ArgmaxSet(All, o => Product(o, false));

    public SortedSet<int> NashGenius() => ArgmaxSet(Frontier(), o => Product(o, true));

    public SortedSet<int> MaxWelfare() => ArgmaxSet(All, Welfare);

    public SortedSet<int> KalaiGenius() => ArgmaxSet(Frontier(), o =>
    {
        long asym = 0;
        for (int p = 0; p < M; p++)
        {
            for (int q = p + 1; q < M; q++)
            {
                asym += Math.Abs(_k[p][o] - _k[q][o]);
            }
        }

        return -asym;
    });

    /// <summary>Null when no outcome is IR or the ideal equals the reservation for some party.</summary>
    public SortedSet<int>? KalaiRv()
    {
        int[] ir = Ir.ToArray();
        if (ir.Length == 0)
        {
            return null;
        }

        long[] b = Enumerable.Range(0, M).Select(p => ir.Max(o => _k[p][o])).ToArray();
        if (Enumerable.Range(0, M).Any(p => b[p] == _r[p]))
        {
            return null;
        }

        return ArgmaxSet(Frontier().Where(IsIr), o => MinRatio(o, _r, b));
    }

    public SortedSet<int>? KalaiZero()
    {
        long[] max = Enumerable.Range(0, M).Select(p => _k[p].Max()).ToArray();
        if (max.Any(x => x <= 0))
        {
            return null;
        }

        return ArgmaxSet(Frontier(), o => MinRatio(o, new long[M], max));
    }

    public SortedSet<int> Egalitarian() => ArgmaxSet(Ir, o =>
    {
        long min = Enumerable.Range(0, M).Min(p => _k[p][o] - _r[p]);
        return (min, Welfare(o));
    });

    private Fraction MinRatio(int o, long[] from, long[] to)
    {
        Fraction min = new(_k[0][o] - from[0], to[0] - from[0]);
        for (int p = 1; p < M; p++)
        {
            var f = new Fraction(_k[p][o] - from[p], to[p] - from[p]);
            if (f.CompareTo(min) < 0)
            {
                min = f;
            }
        }

        return min;
    }

    /// <summary>An exact fraction with a positive denominator.</summary>
    private readonly record struct Fraction(Int128 Numerator, Int128 Denominator) : IComparable<Fraction>
    {
        public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }
}
