namespace Winset.Negotiation.Agents;

/// <summary>The immutable definition of an offer selector; <see cref="Start"/> makes the state for one session.</summary>
public abstract class OfferSelector
{
    /// <summary>Creates this selector's state for one session.</summary>
    public abstract IOfferSelector Start(SessionContext context, IOpponentModel? model);

    /// <summary>The selector and its parameters.</summary>
    public abstract string Describe();

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
