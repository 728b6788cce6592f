using System.Collections.Immutable;
using System.Numerics;
using Winset.Diagnostics;

namespace Winset.Model;

/// <summary>
/// The cartesian product of a list of issues. Outcomes are numbered in mixed radix, first issue slowest,
/// so that an outcome is one <see cref="OutcomeIndex"/> and a profile over the space is one array.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A space larger than <see cref="MaxEnumerableSize"/> can still be described and
/// evaluated outcome by outcome, but not enumerated: <see cref="Count"/> throws for it.
/// </remarks>
public sealed class OutcomeSpace
{
    /// <summary>
    /// The largest space Winset enumerates: 50 million outcomes, i.e. 400 MB per party for its utility array.
    /// </summary>
    public const int MaxEnumerableSize = 50_000_000;

    private readonly int[] _radix;
    private readonly Dictionary<string, int> _byName;

    public OutcomeSpace(string name, IEnumerable<Issue> issues)
    {
        Name = name ?? string.Empty;
        Issues = [.. issues];
        if (Issues.IsEmpty)
        {
            throw new ArgumentException("An outcome space needs at least one issue.", nameof(issues));
        }

        _byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Issues.Length; i++)
        {
            if (!_byName.TryAdd(Issues[i].Name, i))
            {
                throw new ArgumentException($"Two issues are named '{Issues[i].Name}'.", nameof(issues));
            }
        }

        _radix = Issues.Select(i => i.Count).ToArray();
        Size = _radix.Aggregate(BigInteger.One, (acc, n) => acc * n);
    }

    /// <summary>The domain's name.</summary>
    public string Name { get; }

    /// <summary>The issues, in enumeration order (first issue slowest).</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>The number of outcomes, however large.</summary>
    public BigInteger Size { get; }

    /// <summary>True when <see cref="Size"/> is at most <see cref="MaxEnumerableSize"/>.</summary>
    public bool IsEnumerable => Size <= MaxEnumerableSize;

    /// <summary>The number of outcomes of an enumerable space.</summary>
    /// <exception cref="InputException">The space has more than <see cref="MaxEnumerableSize"/> outcomes.</exception>
    public int Count => IsEnumerable ? (int)Size : throw TooLarge();

    /// <summary>Each issue's number of values, in issue order.</summary>
    public ReadOnlySpan<int> Radix => _radix;

    /// <summary>The position of the issue with this name, or −1.</summary>
    public int IndexOfIssue(string name) => _byName.TryGetValue(name, out int i) ? i : -1;

    /// <summary>Writes the value indices of an outcome into <paramref name="valueIndices"/>.</summary>
    public void Decode(OutcomeIndex index, Span<int> valueIndices)
    {
        int rest = index.Value;
        for (int i = _radix.Length - 1; i >= 0; i--)
        {
            int r = _radix[i];
            int q = rest / r;
            valueIndices[i] = rest - (q * r);
            rest = q;
        }
    }

    /// <summary>The outcome at an index.</summary>
    public Outcome OutcomeAt(OutcomeIndex index)
    {
        var values = new int[_radix.Length];
        Decode(index, values);
        return new Outcome(ImmutableArray.Create(values));
    }

    /// <summary>The index of an outcome given by its value indices.</summary>
    public OutcomeIndex Encode(ReadOnlySpan<int> valueIndices)
    {
        long index = 0;
        for (int i = 0; i < _radix.Length; i++)
        {
            index = (index * _radix[i]) + valueIndices[i];
        }

        return new OutcomeIndex(checked((int)index));
    }

    /// <summary>The index of an outcome.</summary>
    public OutcomeIndex IndexOf(Outcome outcome) => Encode(outcome.ValueIndices.AsSpan());

    /// <summary>The outcome's values, issue by issue.</summary>
    public IReadOnlyList<KeyValuePair<string, Value>> Describe(Outcome outcome)
    {
        var result = new KeyValuePair<string, Value>[Issues.Length];
        for (int i = 0; i < Issues.Length; i++)
        {
            result[i] = new(Issues[i].Name, Issues[i].ValueAt(outcome.ValueIndices[i]));
        }

        return result;
    }

    /// <summary>The error for a space too large to enumerate, saying what the limit is and what to do.</summary>
    public InputException TooLarge() => new(
        $"The outcome space '{Name}' has {Size:N0} outcomes, more than the {MaxEnumerableSize:N0} Winset enumerates. " +
        "Reduce the number of issues or values, or use a coarser grid for real issues.");
}
