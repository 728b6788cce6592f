namespace Winset.Negotiation.Agents.Bidding;

/// <summary>
/// Random: offers an outcome drawn uniformly (from the agent's seeded generator) among those with utility ≥ the
/// reservation value; the best outcome when there is none. O(log n) per turn: one binary search, one draw.
/// </summary>
public sealed class RandomBidding : BiddingStrategy
{
    /// <inheritdoc/>
    public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector)
    {
        int count = Math.Max(1, context.SortedIndex.CountAtLeast(context.ReservationValue));
        return new State(context.SortedIndex, context.Random, count);
    }

    /// <inheritdoc/>
    public override string Describe() => "Random";

    private sealed class State(SortedUtilityIndex index, Random random, int count) : IBiddingStrategy
    {
        public Bid NextBid() => Bid.Offer(index.OutcomeAt(random.Next(count)));
    }
}
