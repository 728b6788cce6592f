using Winset.Negotiation.Agents;

namespace Winset.Web.Rehearsal;

/// <summary>What the person did on one turn.</summary>
internal enum HumanAction
{
    Offer,
    Accept,
    WalkAway,
}

/// <summary>One move of the person: an offer of an outcome, accepting the standing offer, or walking away.</summary>
internal readonly record struct HumanMove(HumanAction Action, int Outcome);

/// <summary>
/// The person's side of a rehearsal as an agent that plays a script: the moves the person has made so far, one per
/// turn. When the script runs out the agent stops the session by throwing <see cref="WaitingMessage"/>; the engine
/// ends the session as an error naming this agent, and the rehearsal reads that as "the person's turn".
/// </summary>
/// <remarks>
/// Replaying the whole session for every move keeps the engine's rules and determinism: the agents see the same
/// history and the same seeded generators, so they answer the same way every time. The person's choice reaches the
/// acceptance strategy through the planned bid: a hold means "accept", a walk-away "walk away", an offer "reject and
/// counter-offer".
/// </remarks>
internal static class HumanAgent
{
    /// <summary>The agent's name in traces.</summary>
    public const string Name = "you";

    /// <summary>The message of the pause at the person's turn.</summary>
    public const string WaitingMessage = "waiting for the person's move";

    public static Agent Create(IReadOnlyList<HumanMove> script) => new(Name, new ScriptedBidding(script), new PlannedAcceptance());

    private sealed class ScriptedBidding(IReadOnlyList<HumanMove> script) : BiddingStrategy
    {
        public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) => new State(script);

        public override string Describe() => "Human(script)";

        private sealed class State(IReadOnlyList<HumanMove> script) : IBiddingStrategy
        {
            private int _next;

            public Bid NextBid()
            {
                if (_next >= script.Count)
                {
                    throw new InvalidOperationException(WaitingMessage);
                }

                HumanMove move = script[_next++];
                return move.Action switch
                {
                    HumanAction.Offer => Bid.Offer(move.Outcome),
                    HumanAction.Accept => Bid.Hold,
                    _ => Bid.WalkAway,
                };
            }
        }
    }

    private sealed class PlannedAcceptance : AcceptanceStrategy
    {
        public override IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model) => new State();

        public override string Describe() => "Human(planned)";

        private sealed class State : IAcceptanceStrategy
        {
            public Decision Decide(Model.OutcomeIndex offer, Bid planned) => planned.Kind switch
            {
                BidKind.Hold => Decision.Accept,
                BidKind.WalkAway => Decision.WalkAway,
                _ => Decision.Reject,
            };
        }
    }
}
