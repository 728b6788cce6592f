using Winset.Analysis;
using Winset.Model;

namespace Winset.Benchmarks.Analysis;

/// <summary>The seeded inputs of the analysis benchmarks (the same as <c>winset bench analysis</c>).</summary>
internal static class Workloads
{
    public const int Seed = 20240611;

    /// <summary>Two parties, log10(size) issues of 10 values each; size must be a power of 10.</summary>
    public static Scenario RandomTwoParty(int size)
    {
        int issues = (int)Math.Round(Math.Log10(size));
        if (Math.Pow(10, issues) != size)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "The size must be a power of 10.");
        }

        return ScenarioGenerator.LinearAdditive(Seed, parties: 2, issues: issues, valuesPerIssue: 10, maxReservationValue: 0.3);
    }

    /// <summary>The comparison keys (1e-12 grid) of both parties of <see cref="RandomTwoParty"/>, and the range of the first.</summary>
    public static (double[] K1, double[] K2, double Min1, double Max1) Keys(int size)
    {
        var matrix = UtilityMatrix.Compute(RandomTwoParty(size));
        var k1 = new double[size];
        var k2 = new double[size];
        for (int i = 0; i < size; i++)
        {
            k1[i] = Math.Round(matrix.Utilities(0)[i] * 1e12);
            k2[i] = Math.Round(matrix.Utilities(1)[i] * 1e12);
        }

        return (k1, k2, k1.Min(), k1.Max());
    }
}
