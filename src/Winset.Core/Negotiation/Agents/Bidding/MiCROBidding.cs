using Winset.Model;

namespace Winset.Negotiation.Agents.Bidding;

/// <summary>
/// MiCRO (de Jonge 2022, "An analysis of the linear bilateral ANAC domains using the MiCRO benchmark strategy",
/// IJCAI; ANAC 2022 runner-up): proposes its outcomes in decreasing order of utility ω₁, ω₂, … and concedes to a new
/// one only when the opponents have made at least as many distinct offers as it has.
/// </summary>
/// <remarks>
/// <para>Let m be the number of distinct outcomes MiCRO has proposed (ω₁..ω_m) and n the number of distinct offers it
/// has received (from all other parties together). On its turn, if m ≤ n and u(ω_{m+1}) ≥ its reservation value it
/// proposes ω_{m+1}; otherwise it repeats one of ω₁..ω_m drawn uniformly from its seeded generator (ω₁ when m = 0).
/// Pair it with <see cref="Acceptance.MiCROAcceptance"/>: accept when u(offer) ≥ u(its next proposal), as in the
/// paper and in NegMAS. Ties in utility are proposed in ascending outcome index (the sorted index's order);
/// the paper's preference among equal-utility outcomes for one the opponent already proposed is not implemented.</para>
/// <para>Per turn O(1); distinct received offers are counted with a bit set of n/8 bytes allocated once per session.</para>
/// </remarks>
public sealed class MiCROBidding : BiddingStrategy
{
    /// <inheritdoc/>
    public override IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector) =>
        new State(context);

    /// <inheritdoc/>
    public override string Describe() => "MiCRO";

    private sealed class State : IBiddingStrategy
    {
        private readonly int _self;
        private readonly SortedUtilityIndex _index;
        private readonly Random _random;
        private readonly double _reservation;
        private readonly ulong[] _seen;
        private int _proposed;
        private int _received;

        public State(SessionContext context)
        {
            _self = context.PartyIndex;
            _index = context.SortedIndex;
            _random = context.Random;
            _reservation = context.ReservationValue;
            _seen = new ulong[(context.OutcomeCount + 63) / 64];
        }

        public Bid NextBid()
        {
            if (_proposed < _index.Count && _proposed <= _received && (_proposed == 0 || _index.UtilityAt(_proposed) >= _reservation))
            {
                return Bid.Offer(_index.OutcomeAt(_proposed));
            }

            return Bid.Offer(_index.OutcomeAt(_proposed == 0 ? 0 : _random.Next(_proposed)));
        }

        public void OnOffer(int party, OutcomeIndex offer)
        {
            if (party == _self)
            {
                if (_proposed < _index.Count && _index.OutcomeAt(_proposed) == offer)
                {
                    _proposed++;
                }

                return;
            }

            int o = offer.Value;
            ulong bit = 1UL << (o & 63);
            if ((_seen[o >> 6] & bit) == 0)
            {
                _seen[o >> 6] |= bit;
                _received++;
            }
        }
    }
}
