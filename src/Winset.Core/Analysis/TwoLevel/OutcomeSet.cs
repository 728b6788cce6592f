using System.Numerics;
using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// A set of outcomes of an enumerated space as a bitset (one bit per outcome index): win-sets, the individually
/// rational set, the agreement space. Immutable once built; intersections make new sets.
/// </summary>
/// <remarks>Memory: one bit per outcome of the space (125 kB for 10^6 outcomes), whatever the set's size.</remarks>
public sealed class OutcomeSet : IEquatable<OutcomeSet>
{
    private readonly ulong[] _bits;

    /// <summary>Takes ownership of <paramref name="bits"/> (bits at or past <paramref name="outcomeCount"/> must be 0).</summary>
    internal OutcomeSet(ulong[] bits, int outcomeCount)
    {
        _bits = bits;
        OutcomeCount = outcomeCount;
        Count = Bits.PopCount(bits);
    }

    /// <summary>The size of the space the set is drawn from.</summary>
    public int OutcomeCount { get; }

    /// <summary>How many outcomes are in the set.</summary>
    public int Count { get; }

    public bool IsEmpty => Count == 0;

    /// <summary>The words of the bitset (bit i of word w is outcome 64·w + i).</summary>
    internal ReadOnlySpan<ulong> Words => _bits;

    public bool Contains(OutcomeIndex outcome) => (_bits[outcome.Value >> 6] & (1UL << (outcome.Value & 63))) != 0;

    /// <summary>A set from a predicate over outcome indices (one delegate call per outcome: not for hot paths).</summary>
    public static OutcomeSet From(int outcomeCount, Func<int, bool> contains)
    {
        ArgumentNullException.ThrowIfNull(contains);
        var bits = new ulong[Bits.WordCount(outcomeCount)];
        for (int i = 0; i < outcomeCount; i++)
        {
            if (contains(i))
            {
                bits[i >> 6] |= 1UL << (i & 63);
            }
        }

        return new OutcomeSet(bits, outcomeCount);
    }

    /// <summary>A set of the given outcome indices.</summary>
    public static OutcomeSet Of(int outcomeCount, IEnumerable<int> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var bits = new ulong[Bits.WordCount(outcomeCount)];
        foreach (int i in members)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(i, nameof(members));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, outcomeCount, nameof(members));
            bits[i >> 6] |= 1UL << (i & 63);
        }

        return new OutcomeSet(bits, outcomeCount);
    }

    /// <summary>Every outcome.</summary>
    public static OutcomeSet All(int outcomeCount)
    {
        var bits = new ulong[Bits.WordCount(outcomeCount)];
        Bits.Fill(bits, outcomeCount, true);
        return new OutcomeSet(bits, outcomeCount);
    }

    /// <summary>No outcome.</summary>
    public static OutcomeSet None(int outcomeCount) => new(new ulong[Bits.WordCount(outcomeCount)], outcomeCount);

    /// <summary>A copy of a bitset (bits at or past <paramref name="outcomeCount"/> must be 0).</summary>
    internal static OutcomeSet CopyOf(ReadOnlySpan<ulong> words, int outcomeCount) => new(words.ToArray(), outcomeCount);

    /// <summary>The outcomes in both sets.</summary>
    public OutcomeSet Intersect(OutcomeSet other)
    {
        CheckSameSpace(other);
        var bits = new ulong[_bits.Length];
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = _bits[i] & other._bits[i];
        }

        return new OutcomeSet(bits, OutcomeCount);
    }

    /// <summary>The outcomes in either set.</summary>
    public OutcomeSet Union(OutcomeSet other)
    {
        CheckSameSpace(other);
        var bits = new ulong[_bits.Length];
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = _bits[i] | other._bits[i];
        }

        return new OutcomeSet(bits, OutcomeCount);
    }

    /// <summary>The outcomes of this set that are not in <paramref name="other"/>.</summary>
    public OutcomeSet Except(OutcomeSet other)
    {
        CheckSameSpace(other);
        var bits = new ulong[_bits.Length];
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = _bits[i] & ~other._bits[i];
        }

        return new OutcomeSet(bits, OutcomeCount);
    }

    /// <summary>The number of outcomes in exactly one of the two sets (the size of the symmetric difference).</summary>
    public int SymmetricDifferenceCount(OutcomeSet other)
    {
        CheckSameSpace(other);
        return Bits.XorCount(_bits, other._bits);
    }

    /// <summary>True when every outcome of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(OutcomeSet other)
    {
        CheckSameSpace(other);
        for (int i = 0; i < _bits.Length; i++)
        {
            if ((_bits[i] & ~other._bits[i]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the two sets share an outcome.</summary>
    public bool Overlaps(OutcomeSet other)
    {
        CheckSameSpace(other);
        for (int i = 0; i < _bits.Length; i++)
        {
            if ((_bits[i] & other._bits[i]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The outcome indices in the set, ascending.</summary>
    public IEnumerable<OutcomeIndex> Members()
    {
        for (int w = 0; w < _bits.Length; w++)
        {
            ulong word = _bits[w];
            while (word != 0)
            {
                int bit = BitOperations.TrailingZeroCount(word);
                yield return new OutcomeIndex((w << 6) + bit);
                word &= word - 1;
            }
        }
    }

    /// <summary>The smallest outcome index in the set, or null when it is empty.</summary>
    public OutcomeIndex? First()
    {
        int i = Bits.First(_bits);
        return i < 0 ? null : new OutcomeIndex(i);
    }

    /// <summary>Same space size and same members.</summary>
    public bool Equals(OutcomeSet? other) =>
        other is not null && OutcomeCount == other.OutcomeCount && Count == other.Count && _bits.AsSpan().SequenceEqual(other._bits);

    public override bool Equals(object? obj) => Equals(obj as OutcomeSet);

    public override int GetHashCode() => HashCode.Combine(OutcomeCount, Count);

    public override string ToString() => $"{Count} of {OutcomeCount} outcomes";

    private void CheckSameSpace(OutcomeSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.OutcomeCount != OutcomeCount)
        {
            throw new ArgumentException("The sets are drawn from spaces of different sizes.", nameof(other));
        }
    }
}
