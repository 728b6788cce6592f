using System.Collections.Immutable;
using System.Numerics;
using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// The Nash bargaining solution restricted to a set of outcomes (the agreement space): argmax Π_i (u_i − r_i) over the
/// set, with the tie rule of <see cref="AnalysisOptions"/> (products of grid keys, ties within a relative 2^-44) and the
/// smallest index among ties, as <see cref="ScenarioAnalysis.Nash"/>.
/// </summary>
/// <remarks>Two passes over the members of the set: O(|set|·parties). Every member is expected to be individually
/// rational (u_i ≥ r_i), as agreement-space members are, so every factor is non-negative.</remarks>
internal static class RestrictedNash
{
    private const double ProductTolerance = 1.0 / (1L << 44);

    public static SolutionPoint? Compute(double[][] utilities, ReadOnlySpan<double> reservations, ReadOnlySpan<ulong> set, double tieQuantum)
    {
        var grid = TieGrid.Create(tieQuantum);
        int m = utilities.Length;
        var rho = new double[m];
        for (int p = 0; p < m; p++)
        {
            rho[p] = grid.Key(reservations[p]);
        }

        double best = double.NegativeInfinity;
        int any = -1;
        for (int w = 0; w < set.Length; w++)
        {
            ulong word = set[w];
            while (word != 0)
            {
                int o = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                any = any < 0 ? o : any;
                double product = Product(utilities, rho, grid, o);
                if (product > best)
                {
                    best = product;
                }
            }
        }

        if (any < 0)
        {
            return null;
        }

        double tol = grid.IsRaw ? 0 : Math.Abs(best) * ProductTolerance;
        int first = -1;
        int ties = 0;
        for (int w = 0; w < set.Length; w++)
        {
            ulong word = set[w];
            while (word != 0)
            {
                int o = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                if (Product(utilities, rho, grid, o) >= best - tol)
                {
                    ties++;
                    first = first < 0 ? o : first;
                }
            }
        }

        var u = new double[m];
        double objective = 1;
        for (int p = 0; p < m; p++)
        {
            u[p] = utilities[p][first];
            objective *= u[p] - reservations[p];
        }

        return new SolutionPoint(new OutcomeIndex(first), ImmutableArray.Create(u), objective, ties);
    }

    private static double Product(double[][] utilities, double[] rho, TieGrid grid, int o)
    {
        double product = 1;
        for (int p = 0; p < utilities.Length; p++)
        {
            product *= grid.Key(utilities[p][o]) - rho[p];
        }

        return product;
    }
}
