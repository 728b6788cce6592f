using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>
/// The win-sets, individually rational sets and agreement space of a scenario, kept up to date as its level-II state
/// moves (events, noise draws): each <see cref="Update"/> recomputes only what the change touches.
/// </summary>
/// <remarks>
/// <para>Semantics are those of <see cref="WinSets"/>: a constituency approves an outcome when its utility is at least
/// its threshold, a party's win-set is where its <see cref="RatificationRule"/> passes (<see cref="RatificationRule.Passes"/>,
/// bit for bit), an outcome is individually rational for a party when its utility is at least the party's reservation
/// value (raw doubles, as <see cref="Constituency.Approves"/>, so that a win-set agrees exactly with a ratification
/// vote), and the agreement space is the intersection of all of them.</para>
/// <para><b>Cost of an update.</b> A changed threshold rescans that constituency (O(n), vectorised); a changed
/// mobilisation rebuilds its party's rule table (O(2^k) for k ≤ 20 constituencies); a party whose approval patterns or
/// rule table changed is looked up again (O(n)); a changed reservation rescans that party's utilities (O(n)); the
/// agreement space is re-intersected (O(n/64)) only if some set changed; the best deal (<see cref="BestDeal"/>) is
/// recomputed lazily (O(|agreement space|)) only if the agreement space or a reservation value changed. An unchanged
/// state costs O(parties·constituencies). See <see cref="PartyWinSet"/> for parties with more than 20 constituencies.</para>
/// <para>Mutable and not thread-safe: use one tracker per thread (the matrix may be shared).</para>
/// </remarks>
public sealed class WinSetTracker
{
    private readonly LevelTwoMatrix _matrix;
    private readonly PartyWinSet[] _winSets;
    private readonly ulong[][] _rational;
    private readonly int[] _rationalCounts;
    private readonly double[] _reservations;
    private readonly double[][] _partyUtilities;
    private readonly ulong[] _agreement;
    private readonly double _tieQuantum;
    private SolutionPoint? _bestDeal;
    private bool _bestDealValid;

    /// <summary>Computes everything for <paramref name="state"/>.</summary>
    /// <param name="matrix">The utilities of the scenario.</param>
    /// <param name="state">The starting state.</param>
    /// <param name="options">The tie rule of <see cref="BestDeal"/> (default: <see cref="AnalysisOptions.Default"/>).</param>
    public WinSetTracker(LevelTwoMatrix matrix, LevelTwoState state, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(state);
        options ??= AnalysisOptions.Default;
        options.Validate();
        _tieQuantum = options.TieQuantum;
        _matrix = matrix;
        int parties = matrix.Scenario.Parties.Length;
        int words = Bits.WordCount(matrix.OutcomeCount);
        _winSets = new PartyWinSet[parties];
        _rational = new ulong[parties][];
        _rationalCounts = new int[parties];
        _reservations = new double[parties];
        _partyUtilities = new double[parties][];
        for (int p = 0; p < parties; p++)
        {
            _winSets[p] = new PartyWinSet(matrix, p);
            _rational[p] = new ulong[words];
            _partyUtilities[p] = matrix.Parties.Row(p);
        }

        _agreement = new ulong[words];
        State = state;
        Refresh(state, first: true);
    }

    public LevelTwoMatrix Matrix => _matrix;

    /// <summary>The state the sets describe.</summary>
    public LevelTwoState State { get; private set; }

    /// <summary>How many outcomes the agreement space holds.</summary>
    public int AgreementSpaceCount { get; private set; }

    /// <summary>Moves to another state, recomputing what changed. Returns true when the agreement space changed.</summary>
    public bool Update(LevelTwoState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        bool changed = Refresh(state, first: false);
        State = state;
        return changed;
    }

    /// <summary>The size of a party's win-set.</summary>
    public int WinSetCount(int party) => _winSets[party].Count;

    /// <summary>A party's win-set (a copy).</summary>
    public OutcomeSet WinSet(int party) => OutcomeSet.CopyOf(_winSets[party].Words, _matrix.OutcomeCount);

    /// <summary>The number of outcomes individually rational for a party.</summary>
    public int IndividuallyRationalCount(int party) => _rationalCounts[party];

    /// <summary>The outcomes individually rational for a party (a copy).</summary>
    public OutcomeSet IndividuallyRational(int party) => OutcomeSet.CopyOf(_rational[party], _matrix.OutcomeCount);

    /// <summary>The agreement space (a copy).</summary>
    public OutcomeSet AgreementSpace() => OutcomeSet.CopyOf(_agreement, _matrix.OutcomeCount);

    /// <summary>True when the outcome is in the agreement space.</summary>
    public bool InAgreementSpace(OutcomeIndex outcome) => (_agreement[outcome.Value >> 6] & (1UL << (outcome.Value & 63))) != 0;

    /// <summary>
    /// The best deal: the Nash solution within the agreement space, argmax Π_i (u_i − r_i) with the state's reservation
    /// values, under the tie rule of <see cref="AnalysisOptions"/>, the smallest index among ties; null when the space is
    /// empty. Its objective is the raw product.
    /// </summary>
    public SolutionPoint? BestDeal
    {
        get
        {
            if (!_bestDealValid)
            {
                _bestDeal = RestrictedNash.Compute(_partyUtilities, _reservations, _agreement, _tieQuantum);
                _bestDealValid = true;
            }

            return _bestDeal;
        }
    }

    /// <summary>A party's win-set if one of its constituencies had another threshold and mobilisation (the state is unchanged).</summary>
    internal void WinSetWith(int party, int constituency, double threshold, double mobilisation, Span<ulong> result) =>
        _winSets[party].EvaluateWith(constituency, threshold, mobilisation, result);

    /// <summary>The agreement space's size if <paramref name="party"/>'s win-set were <paramref name="winSet"/>.</summary>
    internal int AgreementSpaceCountWith(int party, ReadOnlySpan<ulong> winSet)
    {
        int count = 0;
        for (int w = 0; w < _agreement.Length; w++)
        {
            ulong word = winSet[w];
            for (int p = 0; p < _winSets.Length && word != 0; p++)
            {
                word &= _rational[p][w];
                if (p != party)
                {
                    word &= _winSets[p].Words[w];
                }
            }

            count += System.Numerics.BitOperations.PopCount(word);
        }

        return count;
    }

    internal ReadOnlySpan<ulong> WinSetWords(int party) => _winSets[party].Words;

    private bool Refresh(LevelTwoState state, bool first)
    {
        int parties = _winSets.Length;
        if (state.Reservations.Length != parties || state.Thresholds.Length != parties || state.Mobilisations.Length != parties)
        {
            throw new ArgumentException($"The state describes {state.Reservations.Length} parties; the scenario has {parties}.", nameof(state));
        }

        bool any = first;
        for (int p = 0; p < parties; p++)
        {
            any |= _winSets[p].Update(state.Thresholds[p].AsSpan(), state.Mobilisations[p].AsSpan());
            double r = state.Reservations[p];
            if (first || r != _reservations[p] || double.IsNaN(r))
            {
                _reservations[p] = r;
                Bits.GreaterOrEqual(_partyUtilities[p], r, _rational[p]);
                _rationalCounts[p] = Bits.PopCount(_rational[p]);
                _bestDealValid = false;
                any = true;
            }
        }

        if (!any)
        {
            return false;
        }

        bool changed = first;
        int count = 0;
        for (int w = 0; w < _agreement.Length; w++)
        {
            ulong word = ulong.MaxValue;
            for (int p = 0; p < parties; p++)
            {
                word &= _rational[p][w] & _winSets[p].Words[w];
            }

            changed |= word != _agreement[w];
            _agreement[w] = word;
            count += System.Numerics.BitOperations.PopCount(word);
        }

        AgreementSpaceCount = count;
        if (changed)
        {
            _bestDealValid = false;
        }

        return changed;
    }
}
