namespace Winset.Negotiation.Agents;

/// <summary>
/// The immutable definition of a bidding strategy, shared across sessions; <see cref="Start"/> makes the state for one.
/// </summary>
public abstract class BiddingStrategy
{
    /// <summary>Creates this strategy's state for one session.</summary>
    /// <param name="context">The party's view of the session.</param>
    /// <param name="model">The agent's opponent model, if it has one.</param>
    /// <param name="selector">The agent's offer selector, if it has one.</param>
    public abstract IBiddingStrategy Start(SessionContext context, IOpponentModel? model, IOfferSelector? selector);

    /// <summary>The strategy and its parameters, e.g. <c>TimeDependent(e=0.2, k=0)</c>.</summary>
    public abstract string Describe();

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
