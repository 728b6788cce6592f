namespace Winset.Model;

/// <summary>An issue taking every integer from <see cref="Lower"/> to <see cref="Upper"/>, inclusive.</summary>
public sealed record IntegerIssue : Issue
{
    public IntegerIssue(string name, long lower, long upper)
        : base(name)
    {
        if (upper < lower)
        {
            throw new ArgumentException($"Issue '{name}': upper bound {upper} is below lower bound {lower}.");
        }

        if (upper - lower >= int.MaxValue)
        {
            throw new ArgumentException($"Issue '{name}': the range {lower}..{upper} has too many values.");
        }

        Lower = lower;
        Upper = upper;
    }

    public long Lower { get; }

    public long Upper { get; }

    public override IssueKind Kind => IssueKind.Integer;

    public override int Count => (int)(Upper - Lower + 1);

    public override Value ValueAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return Value.Of(Lower + index);
    }

    public override int IndexOf(Value value)
    {
        if (value.IsText || value.Number != Math.Floor(value.Number))
        {
            return -1;
        }

        double offset = value.Number - Lower;
        return offset >= 0 && offset < Count ? (int)offset : -1;
    }
}
