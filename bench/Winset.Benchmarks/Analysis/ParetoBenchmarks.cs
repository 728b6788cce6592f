using BenchmarkDotNet.Attributes;
using Winset.Analysis;

namespace Winset.Benchmarks.Analysis;

/// <summary>
/// The two-party Pareto frontier three ways on the same keys: the O(n²) definition (baseline), sorting all n outcomes
/// and sweeping (the textbook O(n log n) way), and Winset's bucketed O(n) prefilter with a sort of the survivors.
/// </summary>
[MemoryDiagnoser]
public class ParetoBaselineBenchmarks
{
    private double[] _k1 = null!;
    private double[] _k2 = null!;
    private double _min1;
    private double _max1;

    [Params(10_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => (_k1, _k2, _min1, _max1) = Workloads.Keys(Size);

    /// <summary>Every outcome checked against every other.</summary>
    [Benchmark(Baseline = true)]
    public int BruteForceQuadratic() => ParetoBaselines.Quadratic(_k1, _k2);

    /// <summary>Sort all outcomes by (k1 desc, k2 desc), then sweep.</summary>
    [Benchmark]
    public int SortAll() => ParetoBaselines.SortAll(_k1, _k2);

    /// <summary>Winset: bucketed suffix maxima, then sort the survivors.</summary>
    [Benchmark]
    public int Bucketed() => ParetoFrontier.TwoParty(_k1, _k2, _min1, _max1).Length;
}

/// <summary>Sort-all against the bucketed prefilter at a size where O(n²) is out of reach.</summary>
[MemoryDiagnoser]
public class ParetoLargeBenchmarks
{
    private double[] _k1 = null!;
    private double[] _k2 = null!;
    private double _min1;
    private double _max1;

    [Params(1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => (_k1, _k2, _min1, _max1) = Workloads.Keys(Size);

    [Benchmark(Baseline = true)]
    public int SortAll() => ParetoBaselines.SortAll(_k1, _k2);

    [Benchmark]
    public int Bucketed() => ParetoFrontier.TwoParty(_k1, _k2, _min1, _max1).Length;
}

/// <summary>The baselines the benchmarks compare against (frontier sizes, ties kept).</summary>
internal static class ParetoBaselines
{
    public static int Quadratic(double[] k1, double[] k2)
    {
        int count = 0;
        for (int o = 0; o < k1.Length; o++)
        {
            bool dominated = false;
            for (int q = 0; q < k1.Length && !dominated; q++)
            {
                dominated = k1[q] >= k1[o] && k2[q] >= k2[o] && (k1[q] > k1[o] || k2[q] > k2[o]);
            }

            if (!dominated)
            {
                count++;
            }
        }

        return count;
    }

    public static int SortAll(double[] k1, double[] k2)
    {
        var order = new int[k1.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            int c = k1[y].CompareTo(k1[x]);
            return c != 0 ? c : k2[y].CompareTo(k2[x]);
        });

        int count = 0;
        double best = double.NegativeInfinity;
        int j = 0;
        while (j < order.Length)
        {
            double a = k1[order[j]];
            double groupMax = k2[order[j]];
            int end = j;
            while (end < order.Length && k1[order[end]] == a)
            {
                end++;
            }

            if (groupMax > best)
            {
                for (int t = j; t < end && k2[order[t]] == groupMax; t++)
                {
                    count++;
                }

                best = groupMax;
            }

            j = end;
        }

        return count;
    }
}
