using System.Collections.Immutable;
using Winset.Diagnostics;
using Winset.Model;

namespace Winset.Analysis;

/// <summary>
/// Finds the Pareto frontier and the bargaining solutions of a scenario with two or more parties
/// (see <see cref="ScenarioAnalysis"/> for the definitions and <see cref="AnalysisOptions"/> for the tie rule).
/// </summary>
/// <remarks>
/// <para><b>Cost.</b> Utilities are computed once (<see cref="UtilityMatrix"/>); comparison keys take one more array per
/// party (none when <see cref="AnalysisOptions.TieQuantum"/> is 0). The frontier costs O(n) passes plus a sort of the
/// few survivors of a prefilter (<see cref="ParetoFrontier"/>); individual rationality and the maximum welfare take one
/// fused O(n) pass; every other concept is evaluated over the frontier only.</para>
/// <para><b>Why the frontier suffices.</b> If p dominates o, every objective below that strictly increases in each
/// utility is larger at p, so no dominated outcome can be optimal or tie the optimum: Nash products where the optimum
/// is positive (each factor of o is positive, p's factors are at least as large and one is larger — on the integer
/// key grid by a relative 2^-41 or more, far above the 2^-44 product tolerance), and the egalitarian objective ordered
/// lexicographically (min gain, then welfare: the welfare of p is strictly larger). Also p is IR when o is, so the IR
/// part of the frontier is the frontier of the IR set. The Kalai–Smorodinsky variants are defined over Pareto outcomes,
/// and B_i (the largest IR utility) is attained on the frontier. When the best Nash product is 0, every IR outcome has
/// product 0 (an IR outcome with a positive product would be dominated by, or equal to, a frontier outcome with a
/// positive one), so all IR outcomes tie: that count comes from the O(n) pass. Nash with disagreement 0 needs an O(n)
/// pass only when some utility is negative (a product of negatives is not monotone).</para>
/// </remarks>
public static class ScenarioAnalyzer
{
    /// <summary>Relative tolerance for ties of products of keys: exact ties always agree to (m−1)·2^-53.</summary>
    private const double ProductTolerance = 1.0 / (1L << 44);

    /// <summary>Computes the utilities of every party (<see cref="UtilityMatrix.Compute"/>) and analyses them.</summary>
    /// <exception cref="InputException">The space is too large to enumerate.</exception>
    /// <exception cref="ArgumentException">The scenario has fewer than two parties.</exception>
    public static ScenarioAnalysis Analyze(Scenario scenario, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Parties.Length < 2)
        {
            throw new ArgumentException($"Analysis needs at least two parties; scenario '{scenario.Name}' has {scenario.Parties.Length}.", nameof(scenario));
        }

        return Analyze(UtilityMatrix.Compute(scenario), options);
    }

    /// <summary>Analyses utilities already computed.</summary>
    /// <exception cref="ArgumentException">The matrix has fewer than two parties, or a utility is too large for the tie quantum.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static ScenarioAnalysis Analyze(UtilityMatrix matrix, AnalysisOptions? options = null)
    {
        return AnalyzeCore(matrix, options, forceGeneral: false);
    }

    /// <summary>As <see cref="Analyze(UtilityMatrix, AnalysisOptions?)"/>, optionally with the n-party frontier for two parties (tests compare the paths).</summary>
    internal static ScenarioAnalysis AnalyzeCore(UtilityMatrix matrix, AnalysisOptions? options, bool forceGeneral)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        options ??= AnalysisOptions.Default;
        options.Validate();
        int m = matrix.PartyCount;
        if (m < 2)
        {
            throw new ArgumentException($"Analysis needs at least two parties; the matrix has {m}.", nameof(matrix));
        }

        int n = matrix.OutcomeCount;
        var grid = TieGrid.Create(options.TieQuantum);
        var raw = new double[m][];
        var keys = new double[m][];
        var rho = new double[m];
        double min0 = 0;
        double max0 = 0;
        bool anyNegative = false;
        for (int p = 0; p < m; p++)
        {
            raw[p] = matrix.Row(p);
            (double min, double max) range;
            if (grid.IsRaw)
            {
                keys[p] = raw[p];
                range = TieGrid.Range(raw[p]);
            }
            else
            {
                keys[p] = GC.AllocateUninitializedArray<double>(n);
                range = grid.Keys(raw[p], keys[p]);
            }

            if (p == 0)
            {
                (min0, max0) = range;
            }

            anyNegative |= range.min < 0;
            rho[p] = grid.Key(matrix.ReservationValues[p]);
        }

        int[] frontier = m == 2 && !forceGeneral
            ? ParetoFrontier.TwoParty(keys[0], keys[1], min0, max0)
            : ParetoFrontier.General(keys);

        // One O(n) pass: individual rationality (count, first) and the maximum welfare (value, first, ties).
        Scan scan = m == 2 ? ScanTwo(keys[0], keys[1], rho[0], rho[1]) : ScanGeneral(keys, rho);

        var ideal = new double[m];
        Array.Fill(ideal, double.NegativeInfinity);
        foreach (int o in frontier)
        {
            for (int p = 0; p < m; p++)
            {
                ideal[p] = Math.Max(ideal[p], raw[p][o]);
            }
        }

        var context = new Context(raw, keys, rho, frontier, matrix.ReservationValues);
        return new ScenarioAnalysis(
            m, n, options.TieQuantum, matrix.ReservationValues, ImmutableArray.Create(ideal), scan.IrCount, frontier, DistinctPoints(keys, frontier))
        {
            MaxWelfare = context.Point(scan.WelfareIndex, Welfare(raw, scan.WelfareIndex), scan.WelfareTies),
            Nash = NashRv(context, scan),
            NashZero = NashZero(context, anyNegative),
            NashGenius = NashGenius(context),
            KalaiSmorodinsky = KalaiRv(context),
            KalaiSmorodinskyGenius = KalaiGenius(context),
            KalaiSmorodinskyZero = KalaiZero(context),
            Egalitarian = Egalitarian(context),
        };
    }

    private static int DistinctPoints(double[][] keys, int[] frontier)
    {
        // The frontier is ordered by keys lexicographically (2 parties: equal k1 implies equal k2 on the frontier),
        // so equal vectors are adjacent.
        int count = 0;
        for (int f = 0; f < frontier.Length; f++)
        {
            if (f == 0 || !SameKeys(keys, frontier[f - 1], frontier[f]))
            {
                count++;
            }
        }

        return count;
    }

    private static bool SameKeys(double[][] keys, int a, int b)
    {
        for (int p = 0; p < keys.Length; p++)
        {
            if (keys[p][a] != keys[p][b])
            {
                return false;
            }
        }

        return true;
    }

    private static Scan ScanTwo(double[] k1, double[] k2, double r1, double r2)
    {
        int n = k1.Length;
        int irCount = 0;
        int firstIr = -1;
        double bestWelfare = double.NegativeInfinity;
        int bestIndex = 0;
        int ties = 0;
        for (int i = 0; i < n; i++)
        {
            double a = k1[i];
            double b = k2[i];
            if (a >= r1 && b >= r2)
            {
                if (irCount++ == 0)
                {
                    firstIr = i;
                }
            }

            double w = a + b;
            if (w >= bestWelfare)
            {
                if (w > bestWelfare)
                {
                    bestWelfare = w;
                    bestIndex = i;
                    ties = 1;
                }
                else
                {
                    ties++;
                }
            }
        }

        return new Scan(irCount, firstIr, bestIndex, ties);
    }

    private static Scan ScanGeneral(double[][] keys, double[] rho)
    {
        int m = keys.Length;
        int n = keys[0].Length;
        int irCount = 0;
        int firstIr = -1;
        double bestWelfare = double.NegativeInfinity;
        int bestIndex = 0;
        int ties = 0;
        for (int i = 0; i < n; i++)
        {
            bool ir = true;
            double w = 0;
            for (int p = 0; p < m; p++)
            {
                double k = keys[p][i];
                ir &= k >= rho[p];
                w += k;
            }

            if (ir && irCount++ == 0)
            {
                firstIr = i;
            }

            if (w >= bestWelfare)
            {
                if (w > bestWelfare)
                {
                    bestWelfare = w;
                    bestIndex = i;
                    ties = 1;
                }
                else
                {
                    ties++;
                }
            }
        }

        return new Scan(irCount, firstIr, bestIndex, ties);
    }

    private static double Welfare(double[][] raw, int o)
    {
        double w = 0;
        for (int p = 0; p < raw.Length; p++)
        {
            w += raw[p][o];
        }

        return w;
    }

    private static SolutionPoint? NashRv(Context c, Scan scan)
    {
        if (scan.IrCount == 0)
        {
            return null;
        }

        double[] values = c.Values();
        double best = double.NegativeInfinity;
        for (int f = 0; f < c.Frontier.Length; f++)
        {
            int o = c.Frontier[f];
            values[f] = c.IsIr(o) ? c.Product(o, c.Rho) : double.NaN;
            if (values[f] > best)
            {
                best = values[f];
            }
        }

        if (best == 0)
        {
            // Every IR outcome has product 0 (see the remarks): all of them tie.
            return c.Point(scan.FirstIr, c.RawProduct(scan.FirstIr, c.Reservations), scan.IrCount);
        }

        return c.ArgmaxWithin(values, best, c.RawProduct, c.Reservations);
    }

    private static SolutionPoint NashZero(Context c, bool anyNegative)
    {
        int m = c.Keys.Length;
        var zero = new double[m];
        ImmutableArray<double> zeroRaw = ImmutableArray.Create(zero);
        if (anyNegative)
        {
            // Products of negative utilities are not monotone: scan all outcomes (two passes).
            int n = c.Keys[0].Length;
            double best = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                best = Math.Max(best, c.Product(i, zero));
            }

            double tol = c.Tolerance(best);
            int first = -1;
            int ties = 0;
            for (int i = 0; i < n; i++)
            {
                if (c.Product(i, zero) >= best - tol)
                {
                    ties++;
                    if (first < 0)
                    {
                        first = i;
                    }
                }
            }

            return c.Point(first, c.RawProduct(first, zeroRaw), ties);
        }

        double[] values = c.Values();
        double top = double.NegativeInfinity;
        for (int f = 0; f < c.Frontier.Length; f++)
        {
            values[f] = c.Product(c.Frontier[f], zero);
            top = Math.Max(top, values[f]);
        }

        if (top == 0)
        {
            // All utilities are ≥ 0 and no frontier outcome has a positive product, so every product is 0.
            return c.Point(0, c.RawProduct(0, zeroRaw), c.Keys[0].Length);
        }

        return c.ArgmaxWithin(values, top, c.RawProduct, zeroRaw);
    }

    private static SolutionPoint NashGenius(Context c)
    {
        double[] values = c.Values();
        double best = double.NegativeInfinity;
        for (int f = 0; f < c.Frontier.Length; f++)
        {
            values[f] = c.Product(c.Frontier[f], c.Rho);
            best = Math.Max(best, values[f]);
        }

        return c.ArgmaxWithin(values, best, c.RawProduct, c.Reservations)!;
    }

    private static SolutionPoint? KalaiRv(Context c)
    {
        int m = c.Keys.Length;
        var b = new double[m];
        var rawB = new double[m];
        Array.Fill(b, double.NegativeInfinity);
        Array.Fill(rawB, double.NegativeInfinity);
        bool any = false;
        foreach (int o in c.Frontier)
        {
            if (c.IsIr(o))
            {
                any = true;
                for (int p = 0; p < m; p++)
                {
                    b[p] = Math.Max(b[p], c.Keys[p][o]);
                    rawB[p] = Math.Max(rawB[p], c.Raw[p][o]);
                }
            }
        }

        if (!any)
        {
            return null;
        }

        for (int p = 0; p < m; p++)
        {
            if (b[p] == c.Rho[p])
            {
                return null; // degenerate: the ideal equals the disagreement point for some party
            }
        }

        double[] values = c.Values();
        for (int f = 0; f < c.Frontier.Length; f++)
        {
            int o = c.Frontier[f];
            values[f] = c.IsIr(o) ? MinRatio(c.Keys, o, c.Rho, b) : double.NaN;
        }

        var rawRho = c.Reservations.AsSpan().ToArray();
        return c.ArgmaxExact(values, o => MinRatio(c.Raw, o, rawRho, rawB));
    }

    private static SolutionPoint KalaiGenius(Context c)
    {
        double[] values = c.Values();
        for (int f = 0; f < c.Frontier.Length; f++)
        {
            values[f] = -Asymmetry(c.Keys, c.Frontier[f]);
        }

        return c.ArgmaxExact(values, o => Asymmetry(c.Raw, o))!;
    }

    private static SolutionPoint? KalaiZero(Context c)
    {
        int m = c.Keys.Length;
        var max = new double[m];
        var rawMax = new double[m];
        Array.Fill(max, double.NegativeInfinity);
        Array.Fill(rawMax, double.NegativeInfinity);
        foreach (int o in c.Frontier)
        {
            for (int p = 0; p < m; p++)
            {
                max[p] = Math.Max(max[p], c.Keys[p][o]);
                rawMax[p] = Math.Max(rawMax[p], c.Raw[p][o]);
            }
        }

        for (int p = 0; p < m; p++)
        {
            if (!(max[p] > 0))
            {
                return null;
            }
        }

        var zero = new double[m];
        double[] values = c.Values();
        for (int f = 0; f < c.Frontier.Length; f++)
        {
            values[f] = MinRatio(c.Keys, c.Frontier[f], zero, max);
        }

        return c.ArgmaxExact(values, o => MinRatio(c.Raw, o, zero, rawMax));
    }

    private static SolutionPoint? Egalitarian(Context c)
    {
        int m = c.Keys.Length;
        double bestMin = double.NegativeInfinity;
        double bestSum = double.NegativeInfinity;
        int first = -1;
        int ties = 0;
        foreach (int o in c.Frontier)
        {
            if (!c.IsIr(o))
            {
                continue;
            }

            double min = double.PositiveInfinity;
            double sum = 0;
            for (int p = 0; p < m; p++)
            {
                double k = c.Keys[p][o];
                min = Math.Min(min, k - c.Rho[p]);
                sum += k;
            }

            if (min > bestMin || (min == bestMin && sum > bestSum))
            {
                bestMin = min;
                bestSum = sum;
                first = o;
                ties = 1;
            }
            else if (min == bestMin && sum == bestSum)
            {
                ties++;
                first = Math.Min(first, o);
            }
        }

        if (first < 0)
        {
            return null;
        }

        double rawMin = double.PositiveInfinity;
        for (int p = 0; p < m; p++)
        {
            rawMin = Math.Min(rawMin, c.Raw[p][first] - c.Reservations[p]);
        }

        return c.Point(first, rawMin, ties);
    }

    private static double MinRatio(double[][] values, int o, double[] from, double[] to)
    {
        double min = double.PositiveInfinity;
        for (int p = 0; p < values.Length; p++)
        {
            min = Math.Min(min, (values[p][o] - from[p]) / (to[p] - from[p]));
        }

        return min;
    }

    private static double Asymmetry(double[][] values, int o)
    {
        double sum = 0;
        for (int p = 0; p < values.Length; p++)
        {
            for (int q = p + 1; q < values.Length; q++)
            {
                sum += Math.Abs(values[p][o] - values[q][o]);
            }
        }

        return sum;
    }

    private readonly record struct Scan(int IrCount, int FirstIr, int WelfareIndex, int WelfareTies);

    /// <summary>The arrays the frontier concepts share.</summary>
    private sealed class Context(double[][] raw, double[][] keys, double[] rho, int[] frontier, ImmutableArray<double> reservations)
    {
        private double[]? _values;

        public double[][] Raw { get; } = raw;

        public double[][] Keys { get; } = keys;

        public double[] Rho { get; } = rho;

        public int[] Frontier { get; } = frontier;

        public ImmutableArray<double> Reservations { get; } = reservations;

        /// <summary>A scratch array with one slot per frontier outcome.</summary>
        public double[] Values() => _values ??= new double[Frontier.Length];

        public bool IsIr(int o)
        {
            for (int p = 0; p < Keys.Length; p++)
            {
                if (Keys[p][o] < Rho[p])
                {
                    return false;
                }
            }

            return true;
        }

        public double Product(int o, double[] from)
        {
            double product = 1;
            for (int p = 0; p < Keys.Length; p++)
            {
                product *= Keys[p][o] - from[p];
            }

            return product;
        }

        public double RawProduct(int o, ImmutableArray<double> from)
        {
            double product = 1;
            for (int p = 0; p < Raw.Length; p++)
            {
                product *= Raw[p][o] - from[p];
            }

            return product;
        }

        /// <summary>The absolute tie tolerance of a product: a few ulps of it on the key grid, none for raw doubles.</summary>
        public double Tolerance(double best) => ReferenceEquals(Keys, Raw) || Keys[0] == Raw[0] ? 0 : Math.Abs(best) * ProductTolerance;

        /// <summary>The frontier outcome of smallest index whose value is within the product tolerance of the best; NaN values are skipped.</summary>
        public SolutionPoint ArgmaxWithin(double[] values, double best, Func<int, ImmutableArray<double>, double> objective, ImmutableArray<double> from)
        {
            double tol = Tolerance(best);
            int first = int.MaxValue;
            int ties = 0;
            for (int f = 0; f < Frontier.Length; f++)
            {
                if (values[f] >= best - tol)
                {
                    ties++;
                    first = Math.Min(first, Frontier[f]);
                }
            }

            return Point(first, objective(first, from), ties);
        }

        /// <summary>The frontier outcome of smallest index with the largest value (exact ties); NaN values are skipped; null when all are NaN.</summary>
        public SolutionPoint? ArgmaxExact(double[] values, Func<int, double> objective)
        {
            double best = double.NegativeInfinity;
            int first = -1;
            int ties = 0;
            for (int f = 0; f < Frontier.Length; f++)
            {
                double v = values[f];
                if (v > best)
                {
                    best = v;
                    first = Frontier[f];
                    ties = 1;
                }
                else if (v == best)
                {
                    ties++;
                    first = Math.Min(first, Frontier[f]);
                }
            }

            return first < 0 ? null : Point(first, objective(first), ties);
        }

        public SolutionPoint Point(int o, double objective, int ties)
        {
            var u = new double[Raw.Length];
            for (int p = 0; p < u.Length; p++)
            {
                u[p] = Raw[p][o];
            }

            return new SolutionPoint(new OutcomeIndex(o), ImmutableArray.Create(u), objective, ties);
        }
    }
}
