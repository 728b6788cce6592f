using Winset.Model;

namespace Winset.Negotiation.Agents;

/// <summary>
/// The per-session state of an acceptance strategy (the A of BOA): given the standing offer and the offer we plan to
/// make instead, accept, reject or walk away. Created by <see cref="AcceptanceStrategy.Start"/>.
/// </summary>
public interface IAcceptanceStrategy
{
    /// <summary>Decides about the standing <paramref name="offer"/>, knowing our <paramref name="planned"/> bid.</summary>
    Decision Decide(OutcomeIndex offer, Bid planned);
}
