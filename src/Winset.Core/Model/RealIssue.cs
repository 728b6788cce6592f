namespace Winset.Model;

/// <summary>
/// An issue over the real interval [<see cref="Lower"/>, <see cref="Upper"/>], enumerated on
/// <see cref="GridPoints"/> evenly spaced points <c>lower + k·((upper − lower)/(GridPoints − 1))</c>, k = 0..GridPoints−1.
/// </summary>
/// <remarks>
/// The default of 21 points is GENIUS's (<c>IssueReal.fNumberOfDiscretizationSteps</c>, used by its
/// <c>BidIterator</c>), so analyses of GENIUS domains agree with GENIUS's own.
/// </remarks>
public sealed record RealIssue : Issue
{
    /// <summary>GENIUS's grid size for real issues.</summary>
    public const int DefaultGridPoints = 21;

    public RealIssue(string name, double lower, double upper, int gridPoints = DefaultGridPoints)
        : base(name)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || upper < lower)
        {
            throw new ArgumentException($"Issue '{name}': the range [{lower}, {upper}] is not a finite interval.");
        }

        if (gridPoints < 2 && upper > lower)
        {
            throw new ArgumentOutOfRangeException(nameof(gridPoints), gridPoints, "A real issue needs at least 2 grid points.");
        }

        Lower = lower;
        Upper = upper;
        GridPoints = gridPoints;
    }

    public double Lower { get; }

    public double Upper { get; }

    public int GridPoints { get; }

    public override IssueKind Kind => IssueKind.Real;

    public override int Count => GridPoints;

    public override Value ValueAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        // Step first, then multiply: GENIUS's BidIterator does it in this order, and the order decides ulp-level ties.
        return Value.Of(GridPoints == 1 ? Lower : Lower + (index * ((Upper - Lower) / (GridPoints - 1))));
    }

    /// <summary>The grid point equal to the value (to 1e-9 of the grid step), or −1.</summary>
    public override int IndexOf(Value value)
    {
        if (value.IsText || value.Number < Lower || value.Number > Upper)
        {
            return -1;
        }

        if (GridPoints == 1)
        {
            return 0;
        }

        double step = (Upper - Lower) / (GridPoints - 1);
        int k = (int)Math.Round((value.Number - Lower) / step);
        return Math.Abs(ValueAt(k).Number - value.Number) <= step * 1e-9 ? k : -1;
    }
}
