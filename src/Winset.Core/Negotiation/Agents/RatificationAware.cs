using Winset.Negotiation.TwoLevel;

namespace Winset.Negotiation.Agents;

/// <summary>
/// Makes any agent ratification-aware (negotiation at both levels, Putnam 1988): it offers and accepts only outcomes
/// inside its own win-set as it estimates it (<see cref="SessionContext.WinSetBelief"/>) and worth at least its
/// current reservation value. Preset syntax: <c>aware:NAME</c>, e.g. <c>aware:boulware</c>, or with a patience,
/// <c>aware(patience=0.5):boulware(e=0.1)</c>.
/// </summary>
/// <remarks>
/// <para><b>Bidding</b> (<see cref="RatificationAwareBidding"/>): the wrapped strategy plans its bid as usual (a
/// binary search over the party's sorted index); the wrapper then moves it to the nearest outcome it may sign — the
/// one of lowest utility still ≥ the planned bid's, or, when none reaches it, its best signable outcome — by one binary
/// search over the believed win-set's members sorted by the party's utility (rebuilt only when an event changes the
/// state). Under <see cref="Information.Complete"/> it searches the believed agreement space instead (its signable
/// outcomes inside every other win-set) when that is not empty.</para>
/// <para><b>Nothing to sign.</b> When no outcome of its believed win-set is worth its reservation value, it holds
/// (<see cref="Bid.Hold"/>: rejects and proposes nothing) and walks away once that has lasted
/// <see cref="RatificationAwareBidding.Patience"/> of the session's normalised time (patience ≥ 1: never).</para>
/// <para><b>Acceptance</b> (<see cref="RatificationAwareAcceptance"/>): an offer it may not sign is rejected; any
/// other offer is judged by the wrapped acceptance strategy.</para>
/// <para>In a plain session (no level II) the wrapper changes nothing.</para>
/// </remarks>
public static class RatificationAware
{
    /// <summary>The modifier's name in preset specifications: <c>aware:boulware</c>.</summary>
    public const string Modifier = "aware";

    /// <summary>The default patience: a quarter of the session's time with nothing to sign, then walk away.</summary>
    public const double DefaultPatience = 0.25;

    /// <summary>The ratification-aware version of an agent, named <c>aware:</c> + its name unless a name is given.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The patience is negative or not finite.</exception>
    public static Agent Wrap(Agent inner, double patience = DefaultPatience, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return new Agent(
            name ?? $"{Modifier}:{inner.Name}",
            new RatificationAwareBidding(inner.Bidding, patience),
            new RatificationAwareAcceptance(inner.Acceptance),
            inner.OpponentModel,
            inner.OfferSelector);
    }
}
