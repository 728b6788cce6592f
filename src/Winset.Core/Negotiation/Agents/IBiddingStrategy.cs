using Winset.Model;

namespace Winset.Negotiation.Agents;

/// <summary>
/// The per-session state of a bidding strategy (the B of BOA): decides the next offer, or to walk away.
/// Created by <see cref="BiddingStrategy.Start"/>.
/// </summary>
/// <remarks>
/// Called on the agent's turn, before acceptance (see <see cref="Session"/> for the call order). Must allocate nothing
/// per call and find outcomes through the <see cref="SortedUtilityIndex"/>, not by scanning the space.
/// </remarks>
public interface IBiddingStrategy
{
    /// <summary>The first offer of this party in the session. By default <see cref="NextBid"/>.</summary>
    Bid OpeningBid() => NextBid();

    /// <summary>The offer this party plans for the current turn (read the time from the session view).</summary>
    Bid NextBid();

    /// <summary>
    /// Called after every offer by any party, this one included, once the offer is recorded and the opponent model
    /// updated. By default does nothing.
    /// </summary>
    void OnOffer(int party, OutcomeIndex offer)
    {
    }
}
