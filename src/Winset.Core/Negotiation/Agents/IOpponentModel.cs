using Winset.Model;

namespace Winset.Negotiation.Agents;

/// <summary>
/// The per-session state of an opponent model (the O of BOA): learns from the other parties' offers and estimates
/// their utilities. Created by <see cref="OpponentModel.Start"/>.
/// </summary>
public interface IOpponentModel
{
    /// <summary>Learns from an offer that another party made (called after the offer is recorded).</summary>
    void Update(int party, OutcomeIndex offer);

    /// <summary>The estimated utility, in [0, 1], of an outcome for another party.</summary>
    double EstimatedUtility(int party, OutcomeIndex outcome);
}
