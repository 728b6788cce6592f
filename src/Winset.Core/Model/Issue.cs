namespace Winset.Model;

/// <summary>
/// One thing under negotiation. Its values are numbered 0..<see cref="Count"/>−1; an outcome stores these
/// value indices, never the values themselves.
/// </summary>
public abstract record Issue
{
    protected Issue(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The issue's name, unique within an outcome space.</summary>
    public string Name { get; }

    /// <summary>What kind of values the issue takes.</summary>
    public abstract IssueKind Kind { get; }

    /// <summary>How many values the issue has (for real issues: grid points).</summary>
    public abstract int Count { get; }

    /// <summary>The value with the given index.</summary>
    /// <exception cref="ArgumentOutOfRangeException">index is outside 0..Count−1.</exception>
    public abstract Value ValueAt(int index);

    /// <summary>The index of a value, or −1 if the issue does not have it (for duplicates: the first).</summary>
    public abstract int IndexOf(Value value);

    /// <summary>All values in index order.</summary>
    public IEnumerable<Value> Values
    {
        get
        {
            for (int i = 0; i < Count; i++)
            {
                yield return ValueAt(i);
            }
        }
    }
}
