using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// The win-set of one party, kept up to date as thresholds and mobilisation levels change, recomputing only what a
/// change touches. Mutable; one per party and per tracker; not thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Table path</b> (at most <see cref="MaxTableConstituencies"/> constituencies). Each outcome keeps its approval
/// pattern, a bit mask with bit c set when constituency c approves (utility ≥ threshold); the rule becomes a truth table
/// over masks (<see cref="RuleTable"/>) that depends on mobilisation only. A threshold change rescans one
/// constituency's utilities (O(n), vectorised) and flips its bit; a mobilisation change rebuilds the table (O(2^k) at
/// most) and, only if the table changed, the win-set is looked up again (O(n)). Memory: 4 bytes per outcome.</para>
/// <para><b>Direct path</b> (more constituencies): every change re-evaluates <see cref="RatificationRule.Passes"/> on every
/// outcome, from per-constituency approval bitsets: O(n·(k + rule size)) per change.</para>
/// </remarks>
internal sealed class PartyWinSet
{
    /// <summary>The most constituencies a party may have for the table path.</summary>
    public const int MaxTableConstituencies = 20;

    private readonly int _n;
    private readonly int _k;
    private readonly double[][] _utilities;
    private readonly RatificationRule _rule;
    private readonly double[] _thresholds;
    private readonly double[] _mobilisation;
    private readonly ulong[] _words;
    private readonly uint[]? _masks;
    private readonly ulong[] _scratch;
    private readonly ulong[][]? _approvals;
    private ulong[] _table = [];
    private bool _initialised;

    public PartyWinSet(LevelTwoMatrix matrix, int party)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        _n = matrix.OutcomeCount;
        _k = matrix.ConstituencyCount(party);
        _utilities = new double[_k][];
        for (int c = 0; c < _k; c++)
        {
            _utilities[c] = matrix.ConstituencyRow(party, c);
        }

        _rule = matrix.Scenario.Parties[party].Ratification;
        _thresholds = new double[_k];
        _mobilisation = new double[_k];
        _words = new ulong[Bits.WordCount(_n)];
        _scratch = new ulong[_words.Length];
        if (UsesTable)
        {
            _masks = _k == 0 ? null : new uint[_n];
        }
        else
        {
            _approvals = new ulong[_k][];
            for (int c = 0; c < _k; c++)
            {
                _approvals[c] = new ulong[_words.Length];
            }
        }
    }

    public int ConstituencyCount => _k;

    public bool UsesTable => _k <= MaxTableConstituencies;

    /// <summary>The win-set's bits.</summary>
    public ReadOnlySpan<ulong> Words => _words;

    public int Count { get; private set; }

    /// <summary>
    /// Brings the win-set to these thresholds and mobilisation levels; returns true when it was recomputed (it may still
    /// be equal), false when nothing it depends on changed.
    /// </summary>
    public bool Update(ReadOnlySpan<double> thresholds, ReadOnlySpan<double> mobilisation)
    {
        if (thresholds.Length != _k || mobilisation.Length != _k)
        {
            throw new ArgumentException($"The state has {thresholds.Length} thresholds and {mobilisation.Length} mobilisation levels for {_k} constituencies.");
        }

        bool first = !_initialised;
        _initialised = true;
        bool mobilisationChanged = first;
        bool thresholdChanged = first;
        for (int c = 0; c < _k; c++)
        {
            if (first || thresholds[c] != _thresholds[c] || double.IsNaN(thresholds[c]))
            {
                _thresholds[c] = thresholds[c];
                thresholdChanged = true;
                if (_masks is not null)
                {
                    RescanMask(c, first);
                }
                else if (_approvals is not null)
                {
                    Bits.GreaterOrEqual(_utilities[c], thresholds[c], _approvals[c]);
                }
            }

            if (mobilisation[c] != _mobilisation[c])
            {
                _mobilisation[c] = mobilisation[c];
                mobilisationChanged = true;
            }
        }

        if (!UsesTable)
        {
            if (thresholdChanged || mobilisationChanged)
            {
                EvaluateDirect(_approvals!, _mobilisation, _words);
                Count = Bits.PopCount(_words);
                return true;
            }

            return false;
        }

        bool tableChanged = false;
        if (mobilisationChanged)
        {
            ulong[] table = RuleTable.Build(_rule, _k, _mobilisation);
            tableChanged = first || !table.AsSpan().SequenceEqual(_table);
            _table = table;
        }

        if (!thresholdChanged && !tableChanged)
        {
            return false;
        }

        Lookup(_table, _masks, -1, null, _words);
        Count = Bits.PopCount(_words);
        return true;
    }

    /// <summary>
    /// The win-set if one constituency had another threshold and mobilisation (the state itself is not changed), into
    /// <paramref name="result"/>.
    /// </summary>
    public void EvaluateWith(int constituency, double threshold, double mobilisation, Span<ulong> result)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(constituency);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(constituency, _k);
        var mob = (double[])_mobilisation.Clone();
        mob[constituency] = mobilisation;
        bool newThreshold = threshold != _thresholds[constituency];
        if (newThreshold)
        {
            Bits.GreaterOrEqual(_utilities[constituency], threshold, _scratch);
        }

        if (UsesTable)
        {
            ulong[] table = mobilisation == _mobilisation[constituency] ? _table : RuleTable.Build(_rule, _k, mob);
            Lookup(table, _masks, newThreshold ? constituency : -1, newThreshold ? _scratch : null, result);
        }
        else
        {
            var approvals = (ulong[][])_approvals!.Clone();
            if (newThreshold)
            {
                approvals[constituency] = _scratch;
            }

            EvaluateDirect(approvals, mob, result);
        }
    }

    /// <summary>Sets bit c of every outcome's mask to its approval under the current threshold.</summary>
    private void RescanMask(int c, bool first)
    {
        uint[] masks = _masks!;
        Bits.GreaterOrEqual(_utilities[c], _thresholds[c], _scratch);
        uint keep = ~(1u << c);
        for (int w = 0; w < _scratch.Length; w++)
        {
            ulong word = _scratch[w];
            int start = w << 6;
            int end = Math.Min(start + 64, _n);
            if (first && c == 0)
            {
                for (int o = start; o < end; o++)
                {
                    masks[o] = (uint)((word >> (o - start)) & 1);
                }
            }
            else
            {
                for (int o = start; o < end; o++)
                {
                    masks[o] = (masks[o] & keep) | ((uint)((word >> (o - start)) & 1) << c);
                }
            }
        }
    }

    /// <summary>
    /// result ← {o : table[mask(o)]}, where mask(o) has bit <paramref name="replaced"/> taken from
    /// <paramref name="replacement"/> when given.
    /// </summary>
    private void Lookup(ulong[] table, uint[]? masks, int replaced, ulong[]? replacement, Span<ulong> result)
    {
        if (RuleTable.IsAll(table, _k))
        {
            Bits.Fill(result, _n, true);
            return;
        }

        if (RuleTable.IsNone(table))
        {
            result.Clear();
            return;
        }

        uint[] m = masks!;
        uint keep = replaced >= 0 ? ~(1u << replaced) : uint.MaxValue;
        for (int w = 0; w < result.Length; w++)
        {
            int start = w << 6;
            int end = Math.Min(start + 64, _n);
            ulong bits = 0;
            if (replacement is null)
            {
                if (table.Length == 1)
                {
                    ulong t = table[0];
                    for (int o = start; o < end; o++)
                    {
                        bits |= ((t >> (int)m[o]) & 1) << (o - start);
                    }
                }
                else
                {
                    for (int o = start; o < end; o++)
                    {
                        uint x = m[o];
                        bits |= ((table[x >> 6] >> (int)(x & 63)) & 1) << (o - start);
                    }
                }
            }
            else
            {
                ulong r = replacement[w];
                for (int o = start; o < end; o++)
                {
                    uint x = (m[o] & keep) | ((uint)((r >> (o - start)) & 1) << replaced);
                    bits |= ((table[x >> 6] >> (int)(x & 63)) & 1) << (o - start);
                }
            }

            result[w] = bits;
        }
    }

    private void EvaluateDirect(ulong[][] approvals, double[] mobilisation, Span<ulong> result)
    {
        var approves = new bool[_k];
        result.Clear();
        for (int o = 0; o < _n; o++)
        {
            int w = o >> 6;
            ulong bit = 1UL << (o & 63);
            for (int c = 0; c < _k; c++)
            {
                approves[c] = (approvals[c][w] & bit) != 0;
            }

            if (_rule.Passes(approves, mobilisation))
            {
                result[w] |= bit;
            }
        }
    }
}
