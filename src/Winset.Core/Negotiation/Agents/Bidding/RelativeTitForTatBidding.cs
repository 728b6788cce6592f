using Winset.Model;

namespace Winset.Negotiation.Agents.Bidding;

/// <summary>
/// Relative tit-for-tat (Faratin, Sierra &amp; Jennings 1998, with delay δ = 1), in utility: the agent concedes, in its
/// own utility, the same proportion the opponent conceded between its last two offers.
/// </summary>
/// <remarks>
/// <para>Faratin's relative tactic sets x_next = (x_opp[prev] / x_opp[last])·x_own[last]. Without the opponent's
/// utilities, the opponent's utility of its own offer is estimated as 1 − u_own(offer) (the zero-sum assumption of
/// NegMAS's naive tit-for-tat), so after each offer o_k of another party the target becomes
/// target·(1 − u(o_k)) / (1 − u(o_{k−1})), clamped to [P_min, P_max]. It starts at P_max; an opponent moving
/// away (backtracking) raises it again. With several opponents each one's successive offers are compared.</para>
/// <para>Offers the outcome with the lowest utility ≥ target. O(log n) per turn.</para>
/// </remarks>
public sealed class RelativeTitForTatBidding : BiddingStrategy
{
    /// <inheritdoc/>
    public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
        new State(context);

    /// <inheritdoc/>
    public override string Describe() => "RelativeTitForTat";

    private sealed class State : IBiddingStrategy
    {
        private readonly int _self;
        private readonly double[] _utilities;
        private readonly SortedUtilityIndex _index;
        private readonly double[] _lastFrom;
        private readonly double _pMin;
        private readonly double _pMax;
        private double _target;

        public State(SessionContext context)
        {
            _self = context.PartyIndex;
            _utilities = context.UtilityArray;
            _index = context.SortedIndex;
            _lastFrom = new double[context.PartyCount];
            Array.Fill(_lastFrom, double.NaN);
            _pMin = context.FloorUtility;
            _pMax = _index.MaxUtility;
            _target = _pMax;
        }

        public Bid NextBid() => Bid.Offer(_index.LowestAtLeastOrBest(_target));

        public void OnOffer(int party, OutcomeIndex offer)
        {
            if (party == _self)
            {
                return;
            }

            double u = _utilities[offer.Value];
            double previous = _lastFrom[party];
            _lastFrom[party] = u;
            if (double.IsNaN(previous))
            {
                return;
            }

            double before = 1 - previous;
            double now = 1 - u;
            if (before > 1e-12)
            {
                _target = Math.Clamp(_target * (now / before), _pMin, _pMax);
            }
        }
    }
}
