using Winset.Model;

namespace Winset.Negotiation.Agents;

/// <summary>What a bidding strategy proposes for its turn.</summary>
public enum BidKind : byte
{
    /// <summary>Nothing (the value of <c>default(Bid)</c>): an invalid answer, which ends the session as an error.</summary>
    None,

    /// <summary>An offer of <see cref="Bid.Outcome"/>.</summary>
    Offer,

    /// <summary>Walk away from the table.</summary>
    WalkAway,

    /// <summary>
    /// Reject the standing offer without proposing anything: the standing offer lapses and the next party proposes.
    /// Used by ratification-aware agents that have nothing they could sign (see <see cref="Bid.Hold"/>).
    /// </summary>
    Hold,
}

/// <summary>A bidding strategy's answer: an offer of an outcome, or walking away.</summary>
/// <remarks>Immutable. <c>default</c> is <see cref="BidKind.None"/>, which the engine treats as a faulty agent.</remarks>
public readonly record struct Bid
{
    private Bid(BidKind kind, OutcomeIndex outcome)
    {
        Kind = kind;
        Outcome = outcome;
    }

    /// <summary>Walking away.</summary>
    public static Bid WalkAway => new(BidKind.WalkAway, default);

    /// <summary>
    /// Holding: making no offer this turn (the standing offer, if any, lapses). A negotiator whose home would ratify
    /// nothing it could sign holds rather than offers (see <see cref="RatificationAware"/>).
    /// </summary>
    public static Bid Hold => new(BidKind.Hold, default);

    /// <summary>What kind of answer this is.</summary>
    public BidKind Kind { get; }

    /// <summary>The offered outcome when <see cref="Kind"/> is <see cref="BidKind.Offer"/>.</summary>
    public OutcomeIndex Outcome { get; }

    /// <summary>True for an offer.</summary>
    public bool IsOffer => Kind == BidKind.Offer;

    /// <summary>An offer of an outcome.</summary>
    public static Bid Offer(OutcomeIndex outcome) => new(BidKind.Offer, outcome);

    /// <summary>An offer of an outcome given by its index.</summary>
    public static Bid Offer(int outcome) => new(BidKind.Offer, new OutcomeIndex(outcome));
}
