using Winset.Model;

namespace Winset.Negotiation.Agents.Acceptance;

/// <summary>
/// MiCRO's acceptance (de Jonge 2022, as in NegMAS's <c>MiCROAcceptancePolicy</c>): accept the standing offer when it is
/// at least our reservation value and at least as good as the least of our proposals so far, the planned one
/// included. With <see cref="Bidding.MiCROBidding"/> that is u(ω_{m+1}) when MiCRO is ready to concede and u(ω_m)
/// (its lowest proposal so far) when it is not.
/// </summary>
public sealed class MiCROAcceptance : AcceptanceStrategy
{
    /// <inheritdoc/>
    public override IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model) =>
        new State(context.UtilityArray, context.ReservationValue);

    /// <inheritdoc/>
    public override string Describe() => "MiCRO";

    private sealed class State(double[] utilities, double reservation) : IAcceptanceStrategy
    {
        private double _lowestPlanned = double.PositiveInfinity;

        public Decision Decide(OutcomeIndex offer, Bid planned)
        {
            if (planned.IsOffer)
            {
                _lowestPlanned = Math.Min(_lowestPlanned, utilities[planned.Outcome.Value]);
            }

            double u = utilities[offer.Value];
            return u >= reservation && u >= _lowestPlanned ? Decision.Accept : Decision.Reject;
        }
    }
}
