using Winset.Model;
using Winset.Negotiation.TwoLevel;

namespace Winset.Negotiation.Agents;

/// <summary>
/// The acceptance half of <see cref="RatificationAware"/>: rejects an offer the party may not sign (outside its
/// believed win-set, or worth less than its current reservation value); otherwise asks the wrapped strategy.
/// </summary>
public sealed class RatificationAwareAcceptance : AcceptanceStrategy
{
    /// <summary>Wraps an acceptance strategy.</summary>
    public RatificationAwareAcceptance(AcceptanceStrategy inner)
    {
        Inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    /// <summary>The wrapped strategy.</summary>
    public AcceptanceStrategy Inner { get; }

    /// <inheritdoc/>
    public override IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model) =>
        new State(Inner.Start(context, model), context.WinSetBelief);

    /// <inheritdoc/>
    public override string Describe() => $"RatificationAware({Inner.Describe()})";

    private sealed class State(IAcceptanceStrategy inner, WinSetBelief? belief) : IAcceptanceStrategy
    {
        public Decision Decide(OutcomeIndex offer, Bid planned)
        {
            if (belief is not null && !belief.IsAcceptable(offer))
            {
                return planned.Kind == BidKind.WalkAway ? Decision.WalkAway : Decision.Reject;
            }

            return inner.Decide(offer, planned);
        }
    }
}
