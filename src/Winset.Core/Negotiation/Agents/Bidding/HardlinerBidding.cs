namespace Winset.Negotiation.Agents.Bidding;

/// <summary>Hardliner (a.k.a. "hard-headed"): always offers its best outcome, never concedes.</summary>
public sealed class HardlinerBidding : BiddingStrategy
{
    /// <inheritdoc/>
    public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
        new State(Bid.Offer(context.SortedIndex.OutcomeAt(0)));

    /// <inheritdoc/>
    public override string Describe() => "Hardliner";

    private sealed class State(Bid best) : IBiddingStrategy
    {
        public Bid NextBid() => best;
    }
}
