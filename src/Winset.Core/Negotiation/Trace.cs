using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Negotiation;

/// <summary>
/// Every move of a session in order, with every party's undiscounted utility of the move's outcome. Storage is
/// allocated once, for the whole deadline, so that recording a move allocates nothing.
/// </summary>
/// <remarks>
/// A trace is filled by <see cref="Session"/> and read-only to everyone else. One trace may be passed to
/// <see cref="Session.Run(PreparedScenario, IReadOnlyList{Agents.Agent}, SessionOptions, Trace)"/> again and again to
/// reuse its storage (a new run clears it). Not thread-safe while a session fills it.
/// </remarks>
public sealed partial class Trace
{
    private Move[] _moves;
    private double[] _utilities;
    private int _count;

    /// <summary>An empty trace with room for <paramref name="capacity"/> moves (it grows when needed).</summary>
    public Trace(int capacity = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _moves = new Move[Math.Max(capacity, 1)];
        _utilities = [];
        PartyNames = [];
        AgentNames = [];
    }

    /// <summary>The number of parties (utilities per move).</summary>
    public int PartyCount { get; private set; }

    /// <summary>The parties' names, in party order.</summary>
    public ImmutableArray<string> PartyNames { get; private set; }

    /// <summary>The agents' names, in party order.</summary>
    public ImmutableArray<string> AgentNames { get; private set; }

    /// <summary>The number of moves.</summary>
    public int Count => _count;

    /// <summary>The moves, in order.</summary>
    public ReadOnlySpan<Move> Moves => _moves.AsSpan(0, _count);

    /// <summary>The move at a position.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside 0..Count−1.</exception>
    public Move this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return _moves[index];
        }
    }

    /// <summary>
    /// Every party's undiscounted utility of a move's outcome, in party order (NaN for a walk-away).
    /// </summary>
    public ReadOnlySpan<double> Utilities(int move)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)move, (uint)_count, nameof(move));
        return _utilities.AsSpan(move * PartyCount, PartyCount);
    }

    internal void Reset(ImmutableArray<string> partyNames, ImmutableArray<string> agentNames, int expectedMoves)
    {
        PartyCount = partyNames.Length;
        PartyNames = partyNames;
        AgentNames = agentNames;
        _count = 0;
        if (_moves.Length < expectedMoves)
        {
            _moves = new Move[expectedMoves];
        }

        int needed = _moves.Length * PartyCount;
        if (_utilities.Length < needed)
        {
            _utilities = new double[needed];
        }
    }

    internal void Add(in Move move, double[][] utilities)
    {
        if (_count == _moves.Length)
        {
            Grow();
        }

        _moves[_count] = move;
        int n = PartyCount;
        int at = _count * n;
        if (move.Outcome is { } o)
        {
            for (int p = 0; p < n; p++)
            {
                _utilities[at + p] = utilities[p][o.Value];
            }
        }
        else
        {
            _utilities.AsSpan(at, n).Fill(double.NaN);
        }

        _count++;
    }

    internal OutcomeIndex? OutcomeOf(int move) => _moves[move].Outcome;

    private void Grow()
    {
        Array.Resize(ref _moves, _moves.Length * 2);
        Array.Resize(ref _utilities, _moves.Length * PartyCount);
    }
}
