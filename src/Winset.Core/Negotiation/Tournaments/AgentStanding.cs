namespace Winset.Negotiation.Tournaments;

/// <summary>One agent's results over a set of sessions (the whole tournament, or one scenario).</summary>
/// <remarks>
/// Immutable. An agent counts once for each party it played in a session. Means are over the sessions that did not
/// end in error (<see cref="Completed"/>); they are NaN when there is none, and <see cref="MeanDistanceToNash"/> is
/// over the sessions whose scenario has a Nash point.
/// </remarks>
/// <param name="Rank">1 for the best mean utility; agents with exactly equal means share a rank (1, 2, 2, 4).</param>
/// <param name="Agent">The agent's name.</param>
/// <param name="Sessions">Party-sessions the agent played.</param>
/// <param name="Completed">Of those, the ones that did not end in error.</param>
/// <param name="Errors">Of those, the ones that ended in error (whoever's fault).</param>
/// <param name="Faults">Errors in which this agent was the one that failed.</param>
/// <param name="Agreements">Completed sessions that ended in agreement.</param>
/// <param name="MeanUtility">Mean discounted utility.</param>
/// <param name="MeanAdvantage">Mean advantage (u − r)/(max − r).</param>
/// <param name="AgreementRate">Agreements / completed sessions.</param>
/// <param name="MeanWelfare">Mean sum of all parties' utilities in the agent's sessions.</param>
/// <param name="MeanDistanceToPareto">Mean distance of the session's point to the Pareto frontier.</param>
/// <param name="MeanDistanceToNash">Mean distance of the session's point to the Nash point.</param>
/// <param name="MeanRounds">Mean round in which the session ended.</param>
public sealed record AgentStanding(
    int Rank,
    string Agent,
    int Sessions,
    int Completed,
    int Errors,
    int Faults,
    int Agreements,
    double MeanUtility,
    double MeanAdvantage,
    double AgreementRate,
    double MeanWelfare,
    double MeanDistanceToPareto,
    double MeanDistanceToNash,
    double MeanRounds);
