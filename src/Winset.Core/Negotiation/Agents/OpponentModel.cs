namespace Winset.Negotiation.Agents;

/// <summary>The immutable definition of an opponent model; <see cref="Start"/> makes the state for one session.</summary>
public abstract class OpponentModel
{
    /// <summary>Creates this model's state for one session.</summary>
    public abstract IOpponentModel Start(SessionContext context);

    /// <summary>The model and its parameters.</summary>
    public abstract string Describe();

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
