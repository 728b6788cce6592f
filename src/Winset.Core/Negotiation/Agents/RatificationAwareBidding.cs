using Winset.Model;
using Winset.Negotiation.TwoLevel;

namespace Winset.Negotiation.Agents;

/// <summary>
/// The bidding half of <see cref="RatificationAware"/>: the wrapped strategy's bid, moved to the nearest outcome the
/// party may sign; a hold, then a walk-away after <see cref="Patience"/>, when it may sign nothing.
/// </summary>
/// <remarks>Per turn: the wrapped strategy's cost plus one binary search; no allocation.</remarks>
public sealed class RatificationAwareBidding : BiddingStrategy
{
    /// <summary>Wraps a bidding strategy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The patience is negative or not finite.</exception>
    public RatificationAwareBidding(BiddingStrategy inner, double patience = RatificationAware.DefaultPatience)
    {
        Inner = inner ?? throw new ArgumentNullException(nameof(inner));
        if (!(patience >= 0) || !double.IsFinite(patience))
        {
            throw new ArgumentOutOfRangeException(nameof(patience), patience, "The patience must be a finite, non-negative share of the session's time.");
        }

        Patience = patience;
    }

    /// <summary>The wrapped strategy.</summary>
    public BiddingStrategy Inner { get; }

    /// <summary>How long (normalised time) the party holds with nothing to sign before walking away; ≥ 1 never walks.</summary>
    public double Patience { get; }

    /// <inheritdoc/>
    public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
        new State(Inner.Start(context, model, selector), context, Patience);

    /// <inheritdoc/>
    public override string Describe() => $"RatificationAware(patience={Value.FormatNumber(Patience)}, {Inner.Describe()})";

    private sealed class State(IBiddingStrategy inner, SessionContext context, double patience) : IBiddingStrategy
    {
        private readonly WinSetBelief? _belief = context.WinSetBelief;
        private readonly double[] _utilities = context.UtilityArray;
        private readonly SessionView _view = context.Session;
        private double _nothingSince = double.NaN;

        public Bid OpeningBid() => Project(inner.OpeningBid());

        public Bid NextBid() => Project(inner.NextBid());

        public void OnOffer(int party, OutcomeIndex offer) => inner.OnOffer(party, offer);

        private Bid Project(Bid planned)
        {
            if (_belief is null)
            {
                return planned;
            }

            int acceptable = _belief.AcceptableCount;
            if (acceptable == 0)
            {
                double t = _view.Time;
                if (double.IsNaN(_nothingSince))
                {
                    _nothingSince = t;
                }

                return planned.Kind == BidKind.WalkAway || t - _nothingSince >= patience ? Bid.WalkAway : Bid.Hold;
            }

            _nothingSince = double.NaN;
            if (planned.Kind != BidKind.Offer)
            {
                return planned;
            }

            ReadOnlySpan<int> outcomes = _belief.JointOutcomes;
            ReadOnlySpan<double> utilities = _belief.JointUtilities;
            if (outcomes.IsEmpty)
            {
                outcomes = _belief.Outcomes[..acceptable];
                utilities = _belief.Utilities[..acceptable];
            }

            int atLeast = InSetList.CountAtLeast(utilities, _utilities[planned.Outcome.Value]);
            return Bid.Offer(outcomes[atLeast == 0 ? 0 : atLeast - 1]);
        }
    }
}
