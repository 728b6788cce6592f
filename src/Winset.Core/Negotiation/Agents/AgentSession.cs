using Winset.Model;

namespace Winset.Negotiation.Agents;

/// <summary>One agent's state in one session: its strategies' per-session states.</summary>
/// <remarks>Created by <see cref="Agent.Start"/>; driven by the engine. Not thread-safe.</remarks>
public sealed class AgentSession
{
    internal AgentSession(int party, IBiddingStrategy bidding, IAcceptanceStrategy acceptance, IOpponentModel? model)
    {
        Party = party;
        Bidding = bidding;
        Acceptance = acceptance;
        OpponentModel = model;
    }

    /// <summary>The party this agent plays.</summary>
    public int Party { get; }

    /// <summary>The bidding state.</summary>
    public IBiddingStrategy Bidding { get; }

    /// <summary>The acceptance state.</summary>
    public IAcceptanceStrategy Acceptance { get; }

    /// <summary>The opponent model's state, if any.</summary>
    public IOpponentModel? OpponentModel { get; }

    /// <summary>Learns of a recorded offer: first the model (for another party's offer), then the bidding strategy.</summary>
    internal void OfferMade(int party, OutcomeIndex offer)
    {
        if (party != Party)
        {
            OpponentModel?.Update(party, offer);
        }

        Bidding.OnOffer(party, offer);
    }
}
