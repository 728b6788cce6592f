using Winset.Model;

namespace Winset.Negotiation.Agents.Bidding;

/// <summary>
/// Nice tit-for-tat (after Baarslag, Hindriks &amp; Jonker 2013): concedes towards the estimated Nash point in
/// proportion to how far the opponents have conceded towards it, and offers, among the outcomes meeting its target,
/// the one the opponent model rates best for them (through the offer selector).
/// </summary>
/// <remarks>
/// <para>Let f be our utility of the first offer we received, b our utility of the best offer received so far and N
/// our utility at the estimated Nash point. The opponents' concession ratio is ρ = clamp((b − f)/(N − f), 0, 1) (1 when
/// N ≤ f), and the target is P_max − ρ·(P_max − max(N, P_min)): a nice agent never goes below the Nash point.</para>
/// <para>The Nash point is estimated with the opponent model (1 − our utility without one) as the maximum of
/// (u − rv)·Π est_j over at most 256 of our individually rational outcomes evenly spaced in rank; it is recomputed
/// after each of the first 8 opponent offers and then after every 8th, so the work per turn is bounded, never a scan
/// of the space.</para>
/// </remarks>
public sealed class NiceTitForTatBidding : BiddingStrategy
{
    /// <summary>The number of outcomes sampled to estimate the Nash point.</summary>
    public const int NashSamples = 256;

    /// <inheritdoc/>
    public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
        new State(context, model, selector);

    /// <inheritdoc/>
    public override string Describe() => "NiceTitForTat";

    private sealed class State : IBiddingStrategy
    {
        private readonly int _self;
        private readonly int _parties;
        private readonly double[] _utilities;
        private readonly SortedUtilityIndex _index;
        private readonly IOpponentModel? _model;
        private readonly IOfferSelector? _selector;
        private readonly double _pMin;
        private readonly double _pMax;
        private readonly double _reservation;
        private int _received;
        private double _first;
        private double _best;
        private double _nash;

        public State(SessionContext context, IOpponentModel? model, IOfferSelector? selector)
        {
            _self = context.PartyIndex;
            _parties = context.PartyCount;
            _utilities = context.UtilityArray;
            _index = context.SortedIndex;
            _model = model;
            _selector = selector;
            _pMin = context.FloorUtility;
            _pMax = _index.MaxUtility;
            _reservation = context.ReservationValue;
            _nash = _pMax;
        }

        public Bid NextBid()
        {
            if (_received == 0)
            {
                return Bid.Offer(_index.OutcomeAt(0));
            }

            double nash = Math.Max(_nash, _pMin);
            double span = nash - _first;
            double ratio = span <= 1e-12 ? 1.0 : Math.Clamp((_best - _first) / span, 0.0, 1.0);
            double target = _pMax - (ratio * (_pMax - nash));
            int rank = _selector?.SelectRank(target) ?? _index.RankOfLowestAtLeast(target);
            return Bid.Offer(_index.OutcomeAt(rank < 0 ? 0 : rank));
        }

        public void OnOffer(int party, OutcomeIndex offer)
        {
            if (party == _self)
            {
                return;
            }

            double u = _utilities[offer.Value];
            if (_received == 0)
            {
                _first = u;
                _best = u;
            }
            else
            {
                _best = Math.Max(_best, u);
            }

            _received++;
            if (_received <= 8 || _received % 8 == 0)
            {
                _nash = EstimateNash();
            }
        }

        private double EstimateNash()
        {
            int count = Math.Max(1, _index.CountAtLeast(_reservation));
            int stride = Math.Max(1, count / NashSamples);
            double bestProduct = double.NegativeInfinity;
            double nash = _pMax;
            for (int r = 0; r < count; r += stride)
            {
                OutcomeIndex o = _index.OutcomeAt(r);
                double mine = _utilities[o.Value];
                double product = Math.Max(0, mine - _reservation);
                for (int q = 0; q < _parties; q++)
                {
                    if (q != _self)
                    {
                        product *= _model?.EstimatedUtility(q, o) ?? (1 - mine);
                    }
                }

                if (product > bestProduct)
                {
                    bestProduct = product;
                    nash = mine;
                }
            }

            return nash;
        }
    }
}
