using System.Collections.Immutable;

namespace Winset.Model;

/// <summary>A value for every issue, stored as one value index per issue, in issue order.</summary>
public sealed record Outcome
{
    public Outcome(ImmutableArray<int> valueIndices)
    {
        ValueIndices = valueIndices;
    }

    /// <summary>The index of the chosen value of each issue.</summary>
    public ImmutableArray<int> ValueIndices { get; }

    public bool Equals(Outcome? other) => other is not null && ValueIndices.SequenceEqual(other.ValueIndices);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (int v in ValueIndices)
        {
            h.Add(v);
        }

        return h.ToHashCode();
    }
}
