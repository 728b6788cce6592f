using Winset.Negotiation.Agents;

namespace Winset.Store.Tests;

/// <summary>A linear conceder (BOA parts) whose bidding throws from its third round on.</summary>
internal static class ThrowingAgent
{
    public static Agent Create() => new("thrower", new Bidding(AgentPresets.Create("linear").Bidding), AcceptanceStrategy.Next);

    private sealed class Bidding(BiddingStrategy inner) : BiddingStrategy
    {
        public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
            new State(inner.Start(context, model, selector), context);

        public override string Describe() => "Throwing";

        private sealed class State(IBiddingStrategy inner, SessionContext context) : IBiddingStrategy
        {
            public Bid NextBid() => context.Session.Round >= 3 ? throw new InvalidOperationException("deliberate failure") : inner.NextBid();
        }
    }
}
