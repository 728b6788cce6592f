using Winset.Negotiation.Agents.Acceptance;

namespace Winset.Negotiation.Agents;

/// <summary>
/// The immutable definition of an acceptance strategy, shared across sessions; <see cref="Start"/> makes the state for
/// one. The static members build the acceptance conditions of the literature and combine them (AC_combi).
/// </summary>
public abstract class AcceptanceStrategy
{
    /// <summary>AC_next: accept when the offer is worth at least our planned bid (Baarslag et al. 2014).</summary>
    public static AcceptanceStrategy Next { get; } = new AcceptNext();

    /// <summary>AC_const(α): accept when the offer is worth at least α.</summary>
    public static AcceptanceStrategy Constant(double alpha) => new AcceptConstant(alpha);

    /// <summary>AC_time(T): accept anything once normalised time t ≥ T.</summary>
    public static AcceptanceStrategy AfterTime(double time) => new AcceptAfterTime(time);

    /// <summary>
    /// AC_combi, conjunction: accept only when every part accepts. The answer is the first part's answer that is not
    /// Accept (Reject or WalkAway), in order; parts after it are not asked.
    /// </summary>
    public static AcceptanceStrategy All(params AcceptanceStrategy[] parts) => new CombinedAcceptance(CombinedAcceptance.Mode.All, parts);

    /// <summary>
    /// AC_combi, disjunction: accept when some part accepts. The answer is the first part's answer that is not Reject
    /// (Accept or WalkAway), in order; Reject when every part rejects.
    /// </summary>
    public static AcceptanceStrategy Any(params AcceptanceStrategy[] parts) => new CombinedAcceptance(CombinedAcceptance.Mode.Any, parts);

    /// <summary>The inverse: Accept becomes Reject and Reject becomes Accept; WalkAway stays.</summary>
    public static AcceptanceStrategy Not(AcceptanceStrategy part) => new CombinedAcceptance(CombinedAcceptance.Mode.Not, [part]);

    /// <summary>Creates this strategy's state for one session.</summary>
    public abstract IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model);

    /// <summary>The strategy and its parameters, e.g. <c>AC_const(0.8)</c>.</summary>
    public abstract string Describe();

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
