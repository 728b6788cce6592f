using System.Collections.Immutable;
using Winset.Model;
using Winset.Negotiation;

namespace Winset.Simulation;

/// <summary>One Monte Carlo run, in brief: enough to re-run it (its seed) and to aggregate it.</summary>
/// <param name="Run">The run's position, from 0.</param>
/// <param name="Seed">Its session seed (<see cref="MonteCarlo.RunSeed"/>): <see cref="Session.Run(PreparedScenario, IReadOnlyList{Negotiation.Agents.Agent}, SessionOptions)"/> with it replays the run.</param>
/// <param name="Category">How it ended.</param>
/// <param name="Round">The round it ended in.</param>
/// <param name="Agreement">The outcome signed at the table (ratified or not), or null.</param>
/// <param name="Utilities">Each party's utility (see <see cref="SessionResult.Utilities"/>).</param>
/// <param name="AppliedEvents">The timeline events that took effect.</param>
public sealed record RunSummary(
    int Run, int Seed, RunCategory Category, int Round, OutcomeIndex? Agreement, ImmutableArray<double> Utilities, ImmutableArray<int> AppliedEvents)
{
    /// <summary>The category of a session's result.</summary>
    public static RunCategory CategoryOf(SessionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Ended switch
        {
            SessionEnd.Agreement => result.Ratified == false ? RunCategory.RatificationFailure : RunCategory.RatifiedAgreement,
            SessionEnd.Deadline => RunCategory.NoAgreement,
            SessionEnd.WalkAway => RunCategory.Breakdown,
            _ => RunCategory.Error,
        };
    }
}
