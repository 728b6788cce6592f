using System.Numerics;
using System.Runtime.Intrinsics;

namespace Winset.Analysis.TwoLevel;

/// <summary>Bitset kernels over <c>ulong</c> words (bit i of word w is element 64·w + i).</summary>
internal static class Bits
{
    public static int WordCount(int bits) => (bits + 63) >> 6;

    public static int PopCount(ReadOnlySpan<ulong> words)
    {
        int count = 0;
        foreach (ulong w in words)
        {
            count += BitOperations.PopCount(w);
        }

        return count;
    }

    public static int XorCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int count = 0;
        for (int i = 0; i < a.Length; i++)
        {
            count += BitOperations.PopCount(a[i] ^ b[i]);
        }

        return count;
    }

    /// <summary>The index of the first set bit, or −1.</summary>
    public static int First(ReadOnlySpan<ulong> words)
    {
        for (int w = 0; w < words.Length; w++)
        {
            if (words[w] != 0)
            {
                return (w << 6) + BitOperations.TrailingZeroCount(words[w]);
            }
        }

        return -1;
    }

    /// <summary>Sets the first <paramref name="count"/> bits to <paramref name="value"/> and clears the padding after them.</summary>
    public static void Fill(Span<ulong> words, int count, bool value)
    {
        words.Fill(value ? ulong.MaxValue : 0UL);
        ClearPadding(words, count);
    }

    /// <summary>Clears the bits at or past <paramref name="count"/> in the last word.</summary>
    public static void ClearPadding(Span<ulong> words, int count)
    {
        int rest = count & 63;
        if (rest != 0 && words.Length > 0)
        {
            words[^1] &= (1UL << rest) - 1;
        }
    }

    /// <summary>words ← {i : values[i] ≥ threshold} (IEEE comparison, as <c>values[i] &gt;= threshold</c>).</summary>
    public static void GreaterOrEqual(ReadOnlySpan<double> values, double threshold, Span<ulong> words)
    {
        int n = values.Length;
        int full = n >> 6;
        if (Vector256.IsHardwareAccelerated)
        {
            var t = Vector256.Create(threshold);
            for (int w = 0; w < full; w++)
            {
                ReadOnlySpan<double> chunk = values.Slice(w << 6, 64);
                ulong word = 0;
                for (int j = 0; j < 64; j += 4)
                {
                    var v = Vector256.Create(chunk.Slice(j, 4));
                    word |= (ulong)Vector256.GreaterThanOrEqual(v, t).ExtractMostSignificantBits() << j;
                }

                words[w] = word;
            }
        }
        else
        {
            for (int w = 0; w < full; w++)
            {
                ReadOnlySpan<double> chunk = values.Slice(w << 6, 64);
                ulong word = 0;
                for (int j = 0; j < 64; j++)
                {
                    word |= (chunk[j] >= threshold ? 1UL : 0UL) << j;
                }

                words[w] = word;
            }
        }

        if ((n & 63) != 0)
        {
            ulong word = 0;
            for (int i = full << 6; i < n; i++)
            {
                word |= (values[i] >= threshold ? 1UL : 0UL) << (i & 63);
            }

            words[full] = word;
        }
    }
}
