namespace Winset.Negotiation;

/// <summary>What a party did on its turn.</summary>
public enum MoveAction : byte
{
    /// <summary>Made an offer, which becomes the standing offer (accepted by nobody yet).</summary>
    Offer,

    /// <summary>Accepted the standing offer.</summary>
    Accept,

    /// <summary>Walked away, ending the session without agreement.</summary>
    WalkAway,

    /// <summary>Made no offer (a <see cref="Agents.Bid.Hold"/>): the standing offer lapsed, accepted by nobody.</summary>
    Hold,
}
