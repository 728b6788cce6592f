using Winset.Model;

namespace Winset.Negotiation;

/// <summary>
/// What an agent may see of its session: the clock, the standing offer and every move so far. Never the engine,
/// never another party's utilities.
/// </summary>
/// <remarks>
/// Read-only to agents; the engine updates it before each turn. Reading it allocates nothing. Not thread-safe (a
/// session runs on one thread).
/// </remarks>
public sealed class SessionView
{
    private readonly Trace _trace;

    internal SessionView(Trace trace, int partyCount, Deadline deadline)
    {
        _trace = trace;
        PartyCount = partyCount;
        Deadline = deadline;
        StandingProposer = -1;
    }

    /// <summary>The number of parties.</summary>
    public int PartyCount { get; }

    /// <summary>The session's deadline.</summary>
    public Deadline Deadline { get; }

    /// <summary>The current round, from 1.</summary>
    public int Round { get; private set; }

    /// <summary>The current turn within the round, from 0 (= the index of the party to move).</summary>
    public int Turn { get; private set; }

    /// <summary>Normalised time t ∈ [0, 1] of the current turn (see <see cref="Session"/>).</summary>
    public double Time { get; private set; }

    /// <summary>The standing offer, or null before the first offer.</summary>
    public OutcomeIndex? StandingOffer => StandingProposer < 0 ? null : _standing;

    /// <summary>The party that made the standing offer, or −1.</summary>
    public int StandingProposer { get; private set; }

    /// <summary>How many parties have accepted the standing offer so far.</summary>
    public int Acceptances { get; private set; }

    /// <summary>The number of moves so far.</summary>
    public int MoveCount => _trace.Count;

    /// <summary>The moves so far, in order.</summary>
    public ReadOnlySpan<Move> Moves => _trace.Moves;

    private OutcomeIndex _standing;

    internal void BeginTurn(int round, int turn, double time)
    {
        Round = round;
        Turn = turn;
        Time = time;
    }

    internal void SetStanding(OutcomeIndex offer, int proposer)
    {
        _standing = offer;
        StandingProposer = proposer;
        Acceptances = 0;
    }

    internal void AddAcceptance() => Acceptances++;

    internal void ClearStanding()
    {
        StandingProposer = -1;
        Acceptances = 0;
    }
}
