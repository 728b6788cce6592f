using Winset.Model;

namespace Winset.Negotiation.Agents.Acceptance;

/// <summary>
/// AC_next (Baarslag et al. 2014): accept the standing offer when it is worth at least the bid we would make
/// instead, u(offer) ≥ u(planned). When we planned to walk away, the comparison is with our reservation value.
/// </summary>
public sealed class AcceptNext : AcceptanceStrategy
{
    /// <inheritdoc/>
    public override IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model) =>
        new State(context.UtilityArray, context.ReservationValue);

    /// <inheritdoc/>
    public override string Describe() => "AC_next";

    private sealed class State(double[] utilities, double reservation) : IAcceptanceStrategy
    {
        public Decision Decide(OutcomeIndex offer, Bid planned)
        {
            double mine = planned.IsOffer ? utilities[planned.Outcome.Value] : reservation;
            return utilities[offer.Value] >= mine ? Decision.Accept : Decision.Reject;
        }
    }
}
