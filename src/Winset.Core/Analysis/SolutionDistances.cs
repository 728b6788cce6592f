namespace Winset.Analysis;

/// <summary>
/// How far a point of the utility plane (an agreement, an offer) lies from the analysis's landmarks, in Euclidean
/// distance over all parties' utilities (undiscounted).
/// </summary>
public static class SolutionDistances
{
    /// <summary>
    /// The distance to the nearest Pareto-optimal outcome's utility vector: 0 on the frontier, and the room left
    /// for a joint improvement otherwise.
    /// </summary>
    public static double ToParetoFrontier(UtilityMatrix matrix, ScenarioAnalysis analysis, ReadOnlySpan<double> utilities)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(analysis);
        CheckLength(matrix, utilities);
        double best = double.PositiveInfinity;
        foreach (var o in analysis.ParetoFrontier)
        {
            double d2 = 0;
            for (int p = 0; p < matrix.PartyCount; p++)
            {
                double d = matrix.Utility(p, o) - utilities[p];
                d2 += d * d;
            }

            best = Math.Min(best, d2);
        }

        return Math.Sqrt(best);
    }

    /// <summary>The distance to the Nash point (disagreement at the reservation values), or null when there is none.</summary>
    public static double? ToNash(ScenarioAnalysis analysis, ReadOnlySpan<double> utilities)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Nash is not { } nash)
        {
            return null;
        }

        if (utilities.Length != nash.Utilities.Length)
        {
            throw new ArgumentException($"Expected {nash.Utilities.Length} utilities, got {utilities.Length}.", nameof(utilities));
        }

        double d2 = 0;
        for (int p = 0; p < utilities.Length; p++)
        {
            double d = nash.Utilities[p] - utilities[p];
            d2 += d * d;
        }

        return Math.Sqrt(d2);
    }

    private static void CheckLength(UtilityMatrix matrix, ReadOnlySpan<double> utilities)
    {
        if (utilities.Length != matrix.PartyCount)
        {
            throw new ArgumentException($"Expected {matrix.PartyCount} utilities, got {utilities.Length}.", nameof(utilities));
        }
    }
}
