using System.Collections.Immutable;

namespace Winset.Model;

/// <summary>One bound of a hyper-rectangle: the value of issue <see cref="Issue"/> (position in the space) lies in [Min, Max].</summary>
public readonly record struct RectangleBound(int Issue, double Min, double Max);

/// <summary>
/// A region of the outcome space with a utility. An inclusive rectangle gives its utility to the outcomes inside
/// every bound; an exclusive one (GENIUS <c>EXCLUDES</c>) gives it to the outcomes outside some bound.
/// </summary>
public sealed record HyperRectangle(double Utility, ImmutableArray<RectangleBound> Bounds, bool Exclusive = false)
{
    /// <summary>True when every bound holds for the outcome's numeric values.</summary>
    public bool Contains(ReadOnlySpan<double> values)
    {
        foreach (RectangleBound b in Bounds)
        {
            double v = values[b.Issue];
            if (v < b.Min || v > b.Max)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The utility this rectangle contributes to an outcome.</summary>
    public double ContributionTo(ReadOnlySpan<double> values) =>
        Contains(values) != Exclusive ? Utility : 0.0;

    public bool Equals(HyperRectangle? other) =>
        other is not null && Utility == other.Utility && Exclusive == other.Exclusive && Bounds.SequenceEqual(other.Bounds);

    public override int GetHashCode() => HashCode.Combine(Utility, Exclusive, Bounds.Length);
}

/// <summary>How a group of rectangles combines the contributions of the rectangles.</summary>
public enum RectangleAggregation
{
    /// <summary>The sum of the contributions (the only kind in the GENIUS corpus).</summary>
    Sum,

    /// <summary>The largest contribution.</summary>
    Max,

    /// <summary>The smallest contribution.</summary>
    Min,
}

/// <summary>A weighted group of rectangles (GENIUS <c>&lt;ufun&gt;</c>).</summary>
public sealed record RectangleGroup(double Weight, RectangleAggregation Aggregation, ImmutableArray<HyperRectangle> Rectangles)
{
    public bool Equals(RectangleGroup? other) =>
        other is not null && Weight == other.Weight && Aggregation == other.Aggregation && Rectangles.SequenceEqual(other.Rectangles);

    public override int GetHashCode() => HashCode.Combine(Weight, Aggregation, Rectangles.Length);
}

/// <summary>
/// GENIUS's non-linear profile (<c>type="nonlinear"</c>, ANAC 2014): u(o) = min(1, Σ_groups weight·aggregate(rectangle
/// contributions) / <see cref="MaxUtility"/>). Bounds compare the issue's numeric values (integer issues).
/// </summary>
/// <remarks>
/// The cap at 1 is GENIUS's (<c>NonlinearUtilitySpace.getUtility</c> returns 1 for anything above 1); with
/// <see cref="MaxUtility"/> the true maximum, as in the ANAC 2014 files, it never applies.
/// </remarks>
public sealed class HyperRectangleProfile : Profile
{
    private readonly double[][] _numbers;

    public HyperRectangleProfile(
        string name,
        OutcomeSpace space,
        IEnumerable<RectangleGroup> groups,
        double maxUtility,
        double reservationValue = 0,
        double discountFactor = 1)
        : base(name, space, reservationValue, discountFactor)
    {
        Groups = [.. groups];
        if (!(maxUtility > 0) || !double.IsFinite(maxUtility))
        {
            throw new ArgumentException($"Profile '{name}': the maximum utility must be positive, not {maxUtility}.");
        }

        MaxUtility = maxUtility;
        _numbers = space.Issues.Select(i => i.Kind == IssueKind.Discrete
            ? Enumerable.Range(0, i.Count).Select(v => (double)v).ToArray()
            : i.Values.Select(v => v.Number).ToArray()).ToArray();
        foreach (RectangleGroup g in Groups)
        {
            foreach (HyperRectangle r in g.Rectangles)
            {
                foreach (RectangleBound b in r.Bounds)
                {
                    if (b.Issue < 0 || b.Issue >= space.Issues.Length)
                    {
                        throw new ArgumentException($"Profile '{name}': a rectangle bounds issue position {b.Issue}, which the space lacks.");
                    }
                }
            }
        }
    }

    /// <summary>The weighted groups of rectangles.</summary>
    public ImmutableArray<RectangleGroup> Groups { get; }

    /// <summary>The normalising constant (GENIUS <c>maxutility</c>).</summary>
    public double MaxUtility { get; }

    public override double Utility(ReadOnlySpan<int> valueIndices)
    {
        Span<double> values = stackalloc double[_numbers.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = _numbers[i][valueIndices[i]];
        }

        double total = 0.0;
        foreach (RectangleGroup g in Groups)
        {
            double agg = g.Aggregation switch
            {
                RectangleAggregation.Max => double.NegativeInfinity,
                RectangleAggregation.Min => double.PositiveInfinity,
                _ => 0.0,
            };
            foreach (HyperRectangle r in g.Rectangles)
            {
                double c = r.ContributionTo(values);
                agg = g.Aggregation switch
                {
                    RectangleAggregation.Max => Math.Max(agg, c),
                    RectangleAggregation.Min => Math.Min(agg, c),
                    _ => agg + c,
                };
            }

            if (g.Rectangles.IsEmpty)
            {
                agg = 0.0;
            }

            total += g.Weight * agg;
        }

        double u = total / MaxUtility;
        return u > 1.0 ? 1.0 : u;
    }

    public override Profile WithReservationValue(double reservationValue) =>
        new HyperRectangleProfile(Name, Space, Groups, MaxUtility, reservationValue, DiscountFactor);
}
