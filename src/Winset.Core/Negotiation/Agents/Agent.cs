using System.Text;

namespace Winset.Negotiation.Agents;

/// <summary>
/// An agent definition in the BOA manner: a bidding strategy, an acceptance strategy, and optionally an opponent model
/// and an offer selector. Immutable and shared across sessions; <see cref="Start"/> creates the state for one session.
/// </summary>
/// <remarks>Immutable and thread-safe, provided its parts are (all built-in parts are).</remarks>
public sealed class Agent
{
    /// <summary>An agent from its parts.</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public Agent(
        string name,
        BiddingStrategy bidding,
        AcceptanceStrategy acceptance,
        OpponentModel? opponentModel = null,
        OfferSelector? offerSelector = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Bidding = bidding ?? throw new ArgumentNullException(nameof(bidding));
        Acceptance = acceptance ?? throw new ArgumentNullException(nameof(acceptance));
        OpponentModel = opponentModel;
        OfferSelector = offerSelector;
    }

    /// <summary>The agent's name, as reported in results and errors.</summary>
    public string Name { get; }

    /// <summary>The bidding strategy.</summary>
    public BiddingStrategy Bidding { get; }

    /// <summary>The acceptance strategy.</summary>
    public AcceptanceStrategy Acceptance { get; }

    /// <summary>The opponent model, if any.</summary>
    public OpponentModel? OpponentModel { get; }

    /// <summary>The offer selector, if any.</summary>
    public OfferSelector? OfferSelector { get; }

    /// <summary>A copy with another name.</summary>
    public Agent WithName(string name) => new(name, Bidding, Acceptance, OpponentModel, OfferSelector);

    /// <summary>
    /// Creates the per-session state: the model first, then the selector (given the model), the bidding strategy
    /// (given both) and the acceptance strategy (given the model).
    /// </summary>
    public AgentSession Start(SessionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IOpponentModel? model = OpponentModel?.Start(context);
        IOfferSelector? selector = OfferSelector?.Start(context, model);
        IBiddingStrategy bidding = Bidding.Start(context, model, selector);
        IAcceptanceStrategy acceptance = Acceptance.Start(context, model);
        return new AgentSession(context.PartyIndex, bidding, acceptance, model);
    }

    /// <summary>The agent's parts and their parameters, on one line.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append(Name).Append(": bidding=").Append(Bidding.Describe()).Append(", acceptance=").Append(Acceptance.Describe());
        if (OpponentModel is not null)
        {
            sb.Append(", model=").Append(OpponentModel.Describe());
        }

        if (OfferSelector is not null)
        {
            sb.Append(", selector=").Append(OfferSelector.Describe());
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
