using Winset.Model;

namespace Winset.Negotiation.Agents.Acceptance;

/// <summary>AC_const(α): accept the standing offer when its (undiscounted) utility is at least α.</summary>
public sealed class AcceptConstant : AcceptanceStrategy
{
    /// <summary>AC_const(α).</summary>
    /// <exception cref="ArgumentOutOfRangeException">α is not finite.</exception>
    public AcceptConstant(double alpha)
    {
        if (!double.IsFinite(alpha))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The threshold must be finite.");
        }

        Alpha = alpha;
    }

    /// <summary>The threshold α.</summary>
    public double Alpha { get; }

    /// <inheritdoc/>
    public override IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model) =>
        new State(context.UtilityArray, Alpha);

    /// <inheritdoc/>
    public override string Describe() => $"AC_const({Value.FormatNumber(Alpha)})";

    private sealed class State(double[] utilities, double alpha) : IAcceptanceStrategy
    {
        public Decision Decide(OutcomeIndex offer, Bid planned) =>
            utilities[offer.Value] >= alpha ? Decision.Accept : Decision.Reject;
    }
}
