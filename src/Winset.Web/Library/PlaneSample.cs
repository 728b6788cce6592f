using Winset.Analysis;

namespace Winset.Web.Library;

/// <summary>
/// The outcomes the utility plane draws: all of them when there are at most maxPoints, otherwise a uniform sample of
/// maxPoints drawn with a fixed seed (sorted by index); and the Pareto frontier, thinned to maxFrontier evenly spaced
/// points (both ends kept) when longer.
/// </summary>
internal sealed record PlaneSample(bool Sampled, int MaxPoints, int MaxFrontier, bool FrontierThinned, int[] Points, int[] Frontier)
{
    public static PlaneSample Create(UtilityMatrix matrix, ScenarioAnalysis analysis, int maxPoints, int maxFrontier, int seed)
    {
        int n = matrix.OutcomeCount;
        int[] points;
        bool sampled = n > maxPoints;
        if (!sampled)
        {
            points = new int[n];
            for (int i = 0; i < n; i++)
            {
                points[i] = i;
            }
        }
        else
        {
            // Floyd's algorithm: maxPoints distinct indices, uniformly, in O(maxPoints).
            var random = new Random(seed);
            var chosen = new HashSet<int>(maxPoints);
            for (int j = n - maxPoints; j < n; j++)
            {
                int t = random.Next(j + 1);
                if (!chosen.Add(t))
                {
                    chosen.Add(j);
                }
            }

            points = [.. chosen];
            Array.Sort(points);
        }

        int f = analysis.ParetoFrontier.Length;
        int[] frontier;
        bool thinned = f > maxFrontier;
        if (!thinned)
        {
            frontier = new int[f];
            for (int i = 0; i < f; i++)
            {
                frontier[i] = analysis.ParetoFrontier[i].Value;
            }
        }
        else
        {
            frontier = new int[maxFrontier];
            for (int i = 0; i < maxFrontier; i++)
            {
                long at = (long)i * (f - 1) / (maxFrontier - 1);
                frontier[i] = analysis.ParetoFrontier[(int)at].Value;
            }
        }

        return new PlaneSample(sampled, maxPoints, maxFrontier, thinned, points, frontier);
    }
}
