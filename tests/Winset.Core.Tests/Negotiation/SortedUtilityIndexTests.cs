using CsCheck;
using Winset.Negotiation;

namespace Winset.Core.Tests.Negotiation;

public sealed class SortedUtilityIndexTests
{
    /// <summary>Utilities on a coarse grid (many ties) or continuous, and a target that may lie outside [0, 1].</summary>
    private static readonly Gen<(double[] Utilities, double Target)> Cases = Gen.Select(
        Gen.Int[1, 60],
        Gen.Int[0, 4],
        Gen.Int,
        Gen.Double[-0.2, 1.2],
        (n, levels, seed, target) =>
        {
            var random = new Random(seed);
            var u = new double[n];
            for (int i = 0; i < n; i++)
            {
                u[i] = levels == 0 ? random.NextDouble() : random.Next(levels + 1) / (double)levels;
            }

            return (u, target);
        });

    [Fact]
    public void Create_SortsDescending_TiesByAscendingOutcome()
    {
        Cases.Sample(c =>
        {
            var index = SortedUtilityIndex.Create(c.Utilities);
            index.Count.ShouldBe(c.Utilities.Length);
            for (int r = 0; r < index.Count; r++)
            {
                index.UtilityAt(r).ShouldBe(c.Utilities[index.OutcomeAt(r).Value]);
                if (r > 0)
                {
                    (index.UtilityAt(r - 1) > index.UtilityAt(r)
                        || (index.UtilityAt(r - 1) == index.UtilityAt(r) && index.OutcomeAt(r - 1).Value < index.OutcomeAt(r).Value)).ShouldBeTrue();
                }
            }

            index.Outcomes.ToArray().Order().ShouldBe(Enumerable.Range(0, c.Utilities.Length));
        });
    }

    [Fact]
    public void Nearest_EqualsBruteForceDistance()
    {
        Cases.Sample(c =>
        {
            var index = SortedUtilityIndex.Create(c.Utilities);
            double best = c.Utilities.Min(u => Math.Abs(u - c.Target));
            Math.Abs(c.Utilities[index.Nearest(c.Target).Value] - c.Target).ShouldBe(best);
        });
    }

    [Fact]
    public void LowestAtLeast_EqualsBruteForce()
    {
        Cases.Sample(c =>
        {
            var index = SortedUtilityIndex.Create(c.Utilities);
            double[] above = c.Utilities.Where(u => u >= c.Target).ToArray();
            index.CountAtLeast(c.Target).ShouldBe(above.Length);
            int rank = index.RankOfLowestAtLeast(c.Target);
            if (above.Length == 0)
            {
                rank.ShouldBe(-1);
                index.LowestAtLeastOrBest(c.Target).ShouldBe(index.OutcomeAt(0));
            }
            else
            {
                index.UtilityAt(rank).ShouldBe(above.Min());
                c.Utilities[index.LowestAtLeastOrBest(c.Target).Value].ShouldBe(above.Min());
            }
        });
    }

    [Fact]
    public void Create_NotFinite_Throws()
    {
        Should.Throw<ArgumentException>(() => SortedUtilityIndex.Create([0.5, double.NaN]));
        Should.Throw<ArgumentException>(() => SortedUtilityIndex.Create([]));
    }
}
