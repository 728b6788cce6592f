namespace Winset.Negotiation.Agents;

/// <summary>
/// The per-session state of an offer selector (GENIUS's OMStrategy): picks, among outcomes meeting a target utility
/// of ours, the one to offer, usually with the opponent model. Created by <see cref="OfferSelector.Start"/>.
/// </summary>
public interface IOfferSelector
{
    /// <summary>
    /// The rank (in our <see cref="SortedUtilityIndex"/>) of the outcome to offer among those with utility ≥
    /// <paramref name="target"/>; the best outcome when none reaches it.
    /// </summary>
    int SelectRank(double target);
}
