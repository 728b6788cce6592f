namespace Winset.Model;

/// <summary>
/// The position of an outcome in the mixed-radix enumeration of its <see cref="OutcomeSpace"/>:
/// first issue slowest, values in issue order.
/// </summary>
public readonly record struct OutcomeIndex(int Value) : IComparable<OutcomeIndex>
{
    public int CompareTo(OutcomeIndex other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
