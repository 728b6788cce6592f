using Winset.Diagnostics;
using Winset.Model;
using Winset.Negotiation.Agents;
using Winset.Negotiation.Protocols;

namespace Winset.Negotiation;

/// <summary>
/// Runs one negotiation session under the stacked alternating offers protocol (Aydoğan, Festen, Hindriks &amp; Jonker
/// 2017), for two or more parties.
/// </summary>
/// <remarks>
/// <para><b>Rules.</b> Parties move in party order, one turn each per round (party p moves at turn p). Party 0 opens
/// with an offer (or walks away). Afterwards, on its turn, each party accepts the standing offer, makes a counter-offer,
/// which becomes the standing offer accepted by nobody yet, or walks away, which ends the session without agreement.
/// There is an agreement as soon as every party other than the proposer has accepted the standing offer. The session
/// also ends at the deadline (after the last round, or when the time budget is spent, checked before every turn), or
/// when an agent fails.</para>
/// <para><b>Time.</b> With a deadline of R rounds and n parties, turn k (0-based) of round r (1-based) happens at
/// normalised time t = ((r − 1)·n + k)/(n·R) = (r − 1 + k/n)/R (one division, correctly rounded), so the first move is at t = 0 and the last possible one at
/// t = 1 − 1/(nR) &lt; 1. With a wall-clock budget B only, t = elapsed/B (from the <see cref="TimeProvider"/>); with both,
/// the larger of the two. A session that reaches the deadline ends at t = 1 (see <see cref="MaxRoundsWithoutRoundLimit"/> for the one exception).</para>
/// <para><b>Utilities.</b> An agreement reached at time t gives party i <c>profile.Discount(uᵢ(agreement), t)</c>; no
/// agreement gives <c>profile.ReservationAt(t)</c> at the time the session ended.</para>
/// <para><b>Call order</b> (the BOA order of GENIUS's <c>BoaParty</c>, written once here). At the start each agent's
/// <see cref="Agent.Start"/> runs, in party order. On a party's turn: (1) its bidding strategy gives the planned bid
/// (<see cref="IBiddingStrategy.OpeningBid"/> on its first turn, then <see cref="IBiddingStrategy.NextBid"/>); (2) if
/// there is a standing offer, its acceptance strategy decides about it given the planned bid; Accept and WalkAway are
/// final for the turn; (3) otherwise the planned bid is made (or the party walks away). After an offer is recorded in
/// the trace every agent learns of it, in party order: its opponent model is updated (for another party's offer), then
/// its bidding strategy's <see cref="IBiddingStrategy.OnOffer"/> runs.</para>
/// <para><b>Two levels.</b> On a two-level scenario (<see cref="PreparedScenario.IsTwoLevel"/>: constituencies or a
/// timeline) the session also plays level II. (1) <i>Deadline</i>: with a timeline, the session has the timeline's
/// rounds (<see cref="SessionOptions.Rounds"/> is ignored). (2) <i>Noise</i>: each constituency's true threshold is
/// the scenario's plus σ·z, z ~ Normal(0, 1) drawn once per session (σ = <see cref="SessionOptions.Noise"/>).
/// (3) <i>Events</i>: whether each event happens is drawn once per session (one uniform draw per event, in timeline
/// order, from the session's seed; probability 1 always happens); an event that happens takes effect at the start of
/// its round, before the first turn of that round, in timeline order; a disclosure without an offer discloses the
/// standing offer (nothing when there is none); a reservation shock changes the party's no-deal value and what
/// ratification-aware agents accept. A threshold set by an event keeps the session's noise on top. (4)
/// <i>Beliefs</i>: each agent's <see cref="SessionContext.WinSetBelief"/> holds the win-set it believes (see
/// <see cref="TwoLevel.Information"/>), updated when an event happens. (5) <i>Ratification</i>: an agreement at the
/// table goes to every party's ratification rule, evaluated in the true state at the time of agreement;
/// <see cref="SessionResult.Ratified"/> is false when some rule fails (involuntary defection), and each party then gets
/// its no-deal value. (6) <i>No-deal value</i>: a party's current reservation value (after shocks), discounted.
/// The random streams of events, noise and beliefs are derived from the seed apart from the agents' streams, so a
/// plain agent sees the same generator in both kinds of session.</para>
/// <para><b>Holding.</b> An agent may answer <see cref="Bid.Hold"/>: it rejects the standing offer and proposes
/// nothing; the standing offer lapses and the next party proposes (recorded as <see cref="MoveAction.Hold"/>).</para>
/// <para><b>Faults.</b> Every agent call is guarded: an exception, a bid of nothing (<c>default(Bid)</c>), an outcome
/// index outside the space, or an undefined decision ends the session as <see cref="SessionEnd.Error"/>, naming the
/// agent and the problem. A fault never counts as acceptance.</para>
/// <para><b>Determinism.</b> Agent p's <see cref="Random"/> is seeded from the session seed and p; nothing else is
/// random. The same scenario, agents and seed give the same trace, byte for byte (with a round deadline; a wall-clock
/// budget makes time depend on the clock).</para>
/// <para><b>Cost.</b> The loop allocates nothing: the trace is allocated once for the whole deadline (n·R moves).
/// Per-session allocations (agents' states, seeded generators, the result) do not grow with the rounds.</para>
/// </remarks>
public static class Session
{
    /// <summary>
    /// The most rounds a session with a time budget but no round limit plays (the trace keeps every move, so this bounds
    /// its memory: about 110 MB for two parties); reaching it ends the session at the deadline, at t = elapsed/budget.
    /// </summary>
    public const int MaxRoundsWithoutRoundLimit = 1_000_000;

    /// <summary>Runs a session on a scenario (computing its utilities and sorted indices first).</summary>
    /// <exception cref="InputException">
    /// The agents do not match the parties, the deadline is not valid, or the space is too large to enumerate.
    /// </exception>
    public static SessionOutcome Run(Scenario scenario, IReadOnlyList<Agent> agents, SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(options);
        CheckAgents(scenario.Parties.Length, agents);
        _ = options.ToDeadline(scenario.Timeline);
        return Run(PreparedScenario.Create(scenario), agents, options);
    }

    /// <summary>Runs a session on a prepared scenario, with a new trace.</summary>
    /// <exception cref="InputException">The agents do not match the parties, or the deadline is not valid.</exception>
    public static SessionOutcome Run(PreparedScenario prepared, IReadOnlyList<Agent> agents, SessionOptions options)
    {
        var trace = new Trace();
        SessionResult result = Run(prepared, agents, options, trace);
        return new SessionOutcome(result, trace);
    }

    /// <summary>
    /// Runs a session on a prepared scenario into an existing trace, which is cleared first and whose storage is reused
    /// (for tournaments and benchmarks: no allocation proportional to the rounds once the trace is large enough).
    /// </summary>
    /// <exception cref="InputException">The agents do not match the parties, or the deadline is not valid.</exception>
    public static SessionResult Run(PreparedScenario prepared, IReadOnlyList<Agent> agents, SessionOptions options, Trace trace)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(trace);
        CheckAgents(prepared.PartyCount, agents);
        Deadline deadline = options.ToDeadline(prepared.Scenario.Timeline);
        return StackedAlternatingOffers.Run(prepared, agents, deadline, options, trace);
    }

    /// <summary>Checks one non-null agent per party; a count mismatch is the user's mistake (InputException).</summary>
    internal static void CheckAgents(int parties, IReadOnlyList<Agent> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        for (int i = 0; i < agents.Count; i++)
        {
            if (agents[i] is null)
            {
                throw new ArgumentException($"Agent {i} is null.", nameof(agents));
            }
        }

        if (agents.Count != parties)
        {
            string names = agents.Count == 0 ? "none" : string.Join(", ", agents.Select(a => a.Name));
            throw new InputException(NegotiationErrorMessages.AgentCountMismatch(parties, agents.Count, names));
        }
    }
}
