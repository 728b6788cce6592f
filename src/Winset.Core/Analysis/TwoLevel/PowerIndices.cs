using System.Collections.Immutable;

namespace Winset.Analysis.TwoLevel;

/// <summary>The power indices of a party's constituencies, in constituency order (see <see cref="PowerIndex"/>).</summary>
/// <param name="ShapleyShubik">Each constituency's Shapley–Shubik index (they sum to 1 when some coalition wins).</param>
/// <param name="BanzhafRaw">Each constituency's swings divided by 2^(n−1), n the number of players.</param>
/// <param name="BanzhafNormalised">Each constituency's swings divided by the total swings (summing to 1).</param>
/// <param name="Swings">Each constituency's number of swings: losing coalitions it turns winning by joining.</param>
/// <param name="Method">How they were computed.</param>
/// <param name="WeightUnit">For a vote with rounded weights, the weight unit as a share of the mobilised total; null when exact.</param>
public sealed record PowerIndices(
    ImmutableArray<double> ShapleyShubik,
    ImmutableArray<double> BanzhafRaw,
    ImmutableArray<double> BanzhafNormalised,
    ImmutableArray<long> Swings,
    PowerMethod Method,
    double? WeightUnit)
{
    /// <summary>True when the indices are exact (no rounded weights).</summary>
    public bool IsExact => WeightUnit is null;
}
