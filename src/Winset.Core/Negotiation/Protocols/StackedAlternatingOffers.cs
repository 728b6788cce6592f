using System.Collections.Immutable;
using Winset.Model;
using Winset.Negotiation.Agents;
using Winset.Negotiation.TwoLevel;

namespace Winset.Negotiation.Protocols;

/// <summary>
/// The stacked alternating offers protocol (Aydoğan et al. 2017) for two or more parties; see <see cref="Session"/>
/// for the rules, the definition of time and the call order.
/// </summary>
internal static class StackedAlternatingOffers
{
    public static SessionResult Run(
        PreparedScenario prepared, IReadOnlyList<Agent> agents, Deadline deadline, SessionOptions options, Trace trace)
    {
        int seed = options.Seed;
        TimeProvider clock = options.TimeProvider;
        int n = prepared.PartyCount;
        int outcomes = prepared.OutcomeCount;
        var agentNames = new string[n];
        for (int p = 0; p < n; p++)
        {
            agentNames[p] = agents[p].Name;
        }

        int? roundLimit = deadline.RoundLimit;
        int rounds = roundLimit ?? Session.MaxRoundsWithoutRoundLimit;
        trace.Reset(prepared.PartyNames, ImmutableArray.Create(agentNames), roundLimit is { } r0 ? checked(r0 * n) : 1024);
        var view = new SessionView(trace, n, deadline);
        var utilities = new double[n][];
        for (int p = 0; p < n; p++)
        {
            utilities[p] = prepared.UtilityArray(p);
        }

        // Normalised time of turn k in round r (1-based): t = ((r − 1)·n + k)/(n·R), i.e. (r − 1 + k/n)/R, as one
        // correctly rounded division; with a budget, the max with elapsed/budget.
        double totalTurns = roundLimit is { } rl ? (double)rl * n : double.PositiveInfinity;
        long turnIndex = -1;
        bool timed = deadline.TimeBudget.HasValue;
        double budgetSeconds = timed ? deadline.TimeBudget!.Value.TotalSeconds : 0;
        long start = timed ? clock.GetTimestamp() : 0;

        LevelTwoRun? levelTwo = prepared.IsTwoLevel ? new LevelTwoRun(prepared, seed, options) : null;
        var sessions = new AgentSession[n];
        var hasBid = new bool[n];
        int culprit = 0;
        int round = 1;
        double t = 0;
        try
        {
            for (int p = 0; p < n; p++)
            {
                culprit = p;
                var context = new SessionContext(p, agentNames[p], prepared, view, new Random(AgentSeed(seed, p)), clock, levelTwo?.Belief(p));
                sessions[p] = agents[p].Start(context);
            }

            int standing = -1;
            int acceptances = 0;
            for (round = 1; round <= rounds; round++)
            {
                if (levelTwo?.BeginRound(round, standing) == true && standing >= 0)
                {
                    // The timeline changed the political situation: the terms on the table lapse, and every party
                    // proposes or accepts again in the new state. Without this, a proposer whose home turned against
                    // its own standing offer could see it accepted and fail ratification through no choice of its own.
                    standing = -1;
                    acceptances = 0;
                    view.ClearStanding();
                }
                for (int turn = 0; turn < n; turn++)
                {
                    turnIndex++;
                    t = turnIndex / totalTurns;
                    if (timed)
                    {
                        double elapsed = clock.GetElapsedTime(start).TotalSeconds / budgetSeconds;
                        if (elapsed >= 1.0)
                        {
                            return NoAgreement(SessionEnd.Deadline, prepared, levelTwo, trace, round, 1.0);
                        }

                        t = Math.Max(t, elapsed);
                    }

                    view.BeginTurn(round, turn, t);
                    AgentSession agent = sessions[turn];
                    culprit = turn;

                    // 1. Our planned bid (the opening bid on our first turn).
                    Bid bid;
                    if (hasBid[turn])
                    {
                        bid = agent.Bidding.NextBid();
                    }
                    else
                    {
                        bid = agent.Bidding.OpeningBid();
                        hasBid[turn] = true;
                    }

                    if (bid.Kind == BidKind.Offer)
                    {
                        if ((uint)bid.Outcome.Value >= (uint)outcomes)
                        {
                            return Fault(prepared, levelTwo, trace, round, t, turn, agentNames[turn], NegotiationErrorMessages.OfferOutOfRange(bid.Outcome.Value, outcomes));
                        }
                    }
                    else if (bid.Kind is not (BidKind.WalkAway or BidKind.Hold))
                    {
                        return Fault(prepared, levelTwo, trace, round, t, turn, agentNames[turn], NegotiationErrorMessages.NoOffer);
                    }

                    // 2. Acceptance of the standing offer, judged against the planned bid.
                    if (standing >= 0)
                    {
                        var offer = new OutcomeIndex(standing);
                        Decision decision = agent.Acceptance.Decide(offer, bid);
                        if (decision == Decision.Accept)
                        {
                            trace.Add(new Move(round, turn, t, turn, MoveAction.Accept, offer), utilities);
                            view.AddAcceptance();
                            if (++acceptances == n - 1)
                            {
                                return Agreed(prepared, levelTwo, trace, round, t, offer);
                            }

                            continue;
                        }

                        if (decision == Decision.WalkAway)
                        {
                            trace.Add(new Move(round, turn, t, turn, MoveAction.WalkAway, null), utilities);
                            return NoAgreement(SessionEnd.WalkAway, prepared, levelTwo, trace, round, t);
                        }

                        if (decision != Decision.Reject)
                        {
                            return Fault(prepared, levelTwo, trace, round, t, turn, agentNames[turn], NegotiationErrorMessages.BadDecision((int)decision));
                        }
                    }

                    // 3. Our counter-offer (or walking away).
                    if (bid.Kind == BidKind.WalkAway)
                    {
                        trace.Add(new Move(round, turn, t, turn, MoveAction.WalkAway, null), utilities);
                        return NoAgreement(SessionEnd.WalkAway, prepared, levelTwo, trace, round, t);
                    }

                    if (bid.Kind == BidKind.Hold)
                    {
                        // No offer: the standing offer lapses, accepted by nobody, and the next party proposes.
                        trace.Add(new Move(round, turn, t, turn, MoveAction.Hold, null), utilities);
                        standing = -1;
                        acceptances = 0;
                        view.ClearStanding();
                        continue;
                    }

                    trace.Add(new Move(round, turn, t, turn, MoveAction.Offer, bid.Outcome), utilities);
                    standing = bid.Outcome.Value;
                    acceptances = 0;
                    view.SetStanding(bid.Outcome, turn);
                    if (n == 1)
                    {
                        // A lone party agrees with itself as soon as it offers.
                        return Agreed(prepared, levelTwo, trace, round, t, bid.Outcome);
                    }

                    // 4. Every agent learns of the offer: model update, then bidding strategy.
                    for (int q = 0; q < n; q++)
                    {
                        culprit = q;
                        sessions[q].OfferMade(turn, bid.Outcome);
                    }
                }
            }

            double end = roundLimit.HasValue ? 1.0 : Math.Min(1.0, clock.GetElapsedTime(start).TotalSeconds / budgetSeconds);
            return NoAgreement(SessionEnd.Deadline, prepared, levelTwo, trace, rounds, end);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fault(prepared, levelTwo, trace, Math.Min(round, rounds), t, culprit, agentNames[culprit], e.Message);
        }
    }

    /// <summary>Agent p's seed: SplitMix64 of the session seed and the party index, folded to 31 bits.</summary>
    internal static int AgentSeed(int sessionSeed, int party)
    {
        ulong z = unchecked(((ulong)(uint)sessionSeed << 32) + (ulong)party + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFF_FFFF);
    }

    private static SessionResult Agreed(PreparedScenario prepared, LevelTwoRun? levelTwo, Trace trace, int round, double t, OutcomeIndex agreement)
    {
        bool? ratified = null;
        ImmutableArray<int> failedBy = [];
        if (levelTwo is not null)
        {
            ratified = levelTwo.Ratify(agreement, out failedBy);
        }

        var u = new double[prepared.PartyCount];
        for (int p = 0; p < u.Length; p++)
        {
            u[p] = ratified == false
                ? prepared.Profile(p).Discount(levelTwo!.Reservation(p), t)
                : prepared.Profile(p).Discount(prepared.UtilityArray(p)[agreement.Value], t);
        }

        return new SessionResult(
            SessionEnd.Agreement, round, t, agreement, ImmutableArray.Create(u), trace.Count,
            ratified: ratified, ratificationFailedBy: failedBy, appliedEvents: levelTwo?.AppliedEvents ?? default);
    }

    private static SessionResult NoAgreement(SessionEnd ended, PreparedScenario prepared, LevelTwoRun? levelTwo, Trace trace, int round, double t) =>
        new(ended, round, t, null, Reservations(prepared, levelTwo, t), trace.Count, appliedEvents: levelTwo?.AppliedEvents ?? default);

    private static SessionResult Fault(
        PreparedScenario prepared, LevelTwoRun? levelTwo, Trace trace, int round, double t, int party, string agent, string message) =>
        new(SessionEnd.Error, round, t, null, Reservations(prepared, levelTwo, t), trace.Count, party, agent, message,
            appliedEvents: levelTwo?.AppliedEvents ?? default);

    private static ImmutableArray<double> Reservations(PreparedScenario prepared, LevelTwoRun? levelTwo, double t)
    {
        var u = new double[prepared.PartyCount];
        for (int p = 0; p < u.Length; p++)
        {
            u[p] = levelTwo is null ? prepared.Profile(p).ReservationAt(t) : prepared.Profile(p).Discount(levelTwo.Reservation(p), t);
        }

        return ImmutableArray.Create(u);
    }
}
