using System.Collections.Concurrent;
using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Negotiation.TwoLevel;

/// <summary>
/// Win-sets already computed for a prepared scenario, keyed by the party and its constituencies' thresholds and
/// mobilisations (bit for bit), so that Monte Carlo runs whose beliefs do not vary from run to run (no per-run noise in
/// them) compute each believed win-set once. Thread-safe; a result never depends on whether it came from the cache.
/// </summary>
/// <remarks>
/// The cache holds at most <see cref="Budget"/> outcomes in all (about 12 bytes each); past that, win-sets are computed
/// and not stored.
/// </remarks>
internal sealed class WinSetCache
{
    public const long Budget = 4_000_000;

    private readonly ConcurrentDictionary<Key, InSetList> _entries = new();
    private long _stored;

    public int Count => _entries.Count;

    /// <summary>The win-set of a party in a state: from the cache, or computed (and stored when <paramref name="store"/>).</summary>
    public InSetList Get(PreparedScenario prepared, LevelTwoState state, int party, bool store)
    {
        var key = new Key(party, state.Thresholds[party], state.Mobilisations[party]);
        if (_entries.TryGetValue(key, out InSetList? hit))
        {
            return hit;
        }

        InSetList list = InSetList.Compute(prepared, state, party);
        if (store && Interlocked.Add(ref _stored, list.Count + 1) <= Budget)
        {
            return _entries.GetOrAdd(key, list);
        }

        return list;
    }

    private readonly struct Key(int party, ImmutableArray<double> thresholds, ImmutableArray<double> mobilisations) : IEquatable<Key>
    {
        private readonly int _party = party;
        private readonly ImmutableArray<double> _thresholds = thresholds;
        private readonly ImmutableArray<double> _mobilisations = mobilisations;

        public bool Equals(Key other) =>
            _party == other._party && Same(_thresholds, other._thresholds) && Same(_mobilisations, other._mobilisations);

        public override bool Equals(object? obj) => obj is Key k && Equals(k);

        public override int GetHashCode()
        {
            var h = new HashCode();
            h.Add(_party);
            foreach (double d in _thresholds)
            {
                h.Add(BitConverter.DoubleToInt64Bits(d));
            }

            foreach (double d in _mobilisations)
            {
                h.Add(BitConverter.DoubleToInt64Bits(d));
            }

            return h.ToHashCode();
        }

        private static bool Same(ImmutableArray<double> a, ImmutableArray<double> b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (BitConverter.DoubleToInt64Bits(a[i]) != BitConverter.DoubleToInt64Bits(b[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
