using System.Numerics;
using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// A set of outcomes of an enumerated space as a bitset (one bit per outcome index): win-sets, the individually
/// rational set, the agreement space. Immutable once built; intersections make new sets.
/// </summary>
public sealed class OutcomeSet
{
    private readonly ulong[] _bits;

    internal OutcomeSet(ulong[] bits, int outcomeCount)
    {
        _bits = bits;
        OutcomeCount = outcomeCount;
        int count = 0;
        foreach (ulong w in bits)
        {
            count += BitOperations.PopCount(w);
        }

        Count = count;
    }

    /// <summary>The size of the space the set is drawn from.</summary>
    public int OutcomeCount { get; }

    /// <summary>How many outcomes are in the set.</summary>
    public int Count { get; }

    public bool IsEmpty => Count == 0;

    public bool Contains(OutcomeIndex outcome) => (_bits[outcome.Value >> 6] & (1UL << (outcome.Value & 63))) != 0;

    /// <summary>A set from a predicate over outcome indices.</summary>
    public static OutcomeSet From(int outcomeCount, Func<int, bool> contains)
    {
        var bits = new ulong[(outcomeCount + 63) >> 6];
        for (int i = 0; i < outcomeCount; i++)
        {
            if (contains(i))
            {
                bits[i >> 6] |= 1UL << (i & 63);
            }
        }

        return new OutcomeSet(bits, outcomeCount);
    }

    /// <summary>Every outcome.</summary>
    public static OutcomeSet All(int outcomeCount) => From(outcomeCount, _ => true);

    /// <summary>The outcomes in both sets.</summary>
    public OutcomeSet Intersect(OutcomeSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.OutcomeCount != OutcomeCount)
        {
            throw new ArgumentException("The sets are drawn from spaces of different sizes.", nameof(other));
        }

        var bits = new ulong[_bits.Length];
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = _bits[i] & other._bits[i];
        }

        return new OutcomeSet(bits, OutcomeCount);
    }

    /// <summary>True when every outcome of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(OutcomeSet other)
    {
        for (int i = 0; i < _bits.Length; i++)
        {
            if ((_bits[i] & ~other._bits[i]) != 0)
            {
                return false;
            }
        }

        return true;
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
}
