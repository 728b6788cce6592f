using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Negotiation;

/// <summary>How a session ended, when, and what each party got.</summary>
/// <remarks>Immutable.</remarks>
public sealed record SessionResult
{
    internal SessionResult(
        SessionEnd ended,
        int round,
        double time,
        OutcomeIndex? agreement,
        ImmutableArray<double> utilities,
        int moveCount,
        int? erringParty = null,
        string? erringAgent = null,
        string? errorMessage = null,
        bool? ratified = null,
        ImmutableArray<int> ratificationFailedBy = default,
        ImmutableArray<int> appliedEvents = default)
    {
        Ended = ended;
        Round = round;
        Time = time;
        Agreement = agreement;
        Utilities = utilities;
        MoveCount = moveCount;
        ErringParty = erringParty;
        ErringAgent = erringAgent;
        ErrorMessage = errorMessage;
        Ratified = ratified;
        RatificationFailedBy = ratificationFailedBy.IsDefault ? [] : ratificationFailedBy;
        AppliedEvents = appliedEvents.IsDefault ? [] : appliedEvents;
    }

    /// <summary>How the session ended.</summary>
    public SessionEnd Ended { get; }

    /// <summary>
    /// The round (from 1) of the last move; at a deadline, the last round (in rounds) or the round in which the time
    /// budget ran out.
    /// </summary>
    public int Round { get; }

    /// <summary>
    /// Normalised time t ∈ [0, 1] at which the session ended: the time of the accepting move, of the walk-away or of
    /// the faulty turn; 1 at a deadline (see <see cref="Session.MaxRoundsWithoutRoundLimit"/> for the one exception).
    /// </summary>
    public double Time { get; }

    /// <summary>The agreed outcome, or null when there is none.</summary>
    public OutcomeIndex? Agreement { get; }

    /// <summary>
    /// Each party's utility, in party order, discounted to <see cref="Time"/>: <c>profile.Discount(u(agreement), t)</c>
    /// after an agreement (ratified, in a two-level session), otherwise the party's no-deal value discounted,
    /// <c>profile.Discount(r, t)</c>, where r is its reservation value — in a two-level session its current one, after
    /// reservation shocks. An agreement whose ratification failed gives the no-deal value.
    /// </summary>
    public ImmutableArray<double> Utilities { get; }

    /// <summary>The number of moves in the trace.</summary>
    public int MoveCount { get; }

    /// <summary>For <see cref="SessionEnd.Error"/>: the index of the party whose agent failed.</summary>
    public int? ErringParty { get; }

    /// <summary>For <see cref="SessionEnd.Error"/>: the failing agent's name.</summary>
    public string? ErringAgent { get; }

    /// <summary>For <see cref="SessionEnd.Error"/>: what went wrong (the exception's message, or the invalid move).</summary>
    public string? ErrorMessage { get; }

    /// <summary>
    /// For an agreement in a two-level session (<see cref="PreparedScenario.IsTwoLevel"/>): true when every party's
    /// ratification rule passed in the true state at the time of agreement; false for involuntary defection (see
    /// <see cref="RatificationFailedBy"/>). Null without an agreement or outside two-level sessions.
    /// </summary>
    public bool? Ratified { get; }

    /// <summary>The parties whose ratification failed, in party order (empty unless <see cref="Ratified"/> is false).</summary>
    public ImmutableArray<int> RatificationFailedBy { get; }

    /// <summary>
    /// The timeline events that took effect during the session (their positions in <see cref="Timeline.Events"/>), in
    /// order: drawn to happen in this session and reached before it ended.
    /// </summary>
    public ImmutableArray<int> AppliedEvents { get; }

    /// <summary>True for an agreement that holds: signed and, in a two-level session, ratified.</summary>
    public bool IsRatifiedAgreement => Ended == SessionEnd.Agreement && Ratified != false;
}
