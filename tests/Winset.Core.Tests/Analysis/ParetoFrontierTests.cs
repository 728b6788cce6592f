using Winset.Analysis;

namespace Winset.Core.Tests.Analysis;

public sealed class ParetoFrontierTests
{
    [Theory]
    [InlineData(new[] { 0.5, 0.5 }, new[] { 0.4, 0.5 }, true)]
    [InlineData(new[] { 0.5, 0.5 }, new[] { 0.5, 0.5 }, false)]
    [InlineData(new[] { 0.6, 0.4 }, new[] { 0.5, 0.5 }, false)]
    [InlineData(new[] { 0.4, 0.5 }, new[] { 0.5, 0.5 }, false)]
    [InlineData(new[] { 0.5, 0.5, 0.6 }, new[] { 0.5, 0.5, 0.5 }, true)]
    public void Dominates_Vectors(double[] a, double[] b, bool expected)
    {
        ParetoFrontier.Dominates(a, b).ShouldBe(expected);
    }

    [Fact]
    public void Dominates_UlpDifference_OnlyWithRawComparisons()
    {
        double[] a = [0.1 + 0.2, 0.5];
        double[] b = [0.3, 0.5];

        ParetoFrontier.Dominates(a, b).ShouldBeFalse();
        ParetoFrontier.Dominates(a, b, tieQuantum: 0).ShouldBeTrue();
    }

    [Fact]
    public void Dominates_DifferentLengths_Throws()
    {
        Should.Throw<ArgumentException>(() => ParetoFrontier.Dominates([0.1, 0.2], [0.1]));
    }

    [Fact]
    public void TwoParty_AllEqualFirstUtility_KeepsOnlyBestSecond()
    {
        // Every outcome lands in one bucket; the sweep must keep both outcomes with the top k2.
        var k1 = new double[300];
        var k2 = new double[300];
        for (int i = 0; i < 300; i++)
        {
            k1[i] = 5;
            k2[i] = i % 7;
        }

        int[] frontier = ParetoFrontier.TwoParty(k1, k2, 5, 5);

        frontier.ShouldBe(Enumerable.Range(0, 300).Where(i => i % 7 == 6).ToArray());
    }

    [Fact]
    public void TwoParty_AntiDiagonal_EverythingOnTheFrontier()
    {
        const int n = 10_000;
        var k1 = new double[n];
        var k2 = new double[n];
        for (int i = 0; i < n; i++)
        {
            k1[i] = i;
            k2[i] = n - i;
        }

        int[] frontier = ParetoFrontier.TwoParty(k1, k2, 0, n - 1);

        frontier.Length.ShouldBe(n);
        frontier[0].ShouldBe(n - 1);
        ParetoFrontier.General([k1, k2]).ShouldBe(frontier);
    }
}
