using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>The deal window of a scenario, step by step (see <see cref="DealWindow"/>).</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Initial">The state before any event (round 0): what a round-1 disclosure without an offer discloses.</param>
/// <param name="Steps">One step per round, 1..Rounds.</param>
/// <param name="OpenIntervals">The maximal runs of rounds with a non-empty agreement space, in order.</param>
/// <param name="PartyCount">The number of parties (the length of each step's per-party sizes).</param>
public sealed record DealWindowReport(
    Scenario Scenario, DealWindowStep Initial, ImmutableArray<DealWindowStep> Steps, ImmutableArray<WindowInterval> OpenIntervals, int PartyCount)
{
    /// <summary>True when a deal is possible in some round.</summary>
    public bool EverOpen => !OpenIntervals.IsEmpty;

    /// <summary>
    /// The rounds at which the window opens (open, and closed the round before; round 1 counts when it starts open)
    /// and closes (closed, and open the round before), in order.
    /// </summary>
    public ImmutableArray<WindowTransition> Transitions()
    {
        var result = ImmutableArray.CreateBuilder<WindowTransition>();
        bool wasOpen = false;
        foreach (DealWindowStep s in Steps)
        {
            if (s.IsOpen != wasOpen)
            {
                result.Add(new WindowTransition(s.Round, s.Date, s.IsOpen));
                wasOpen = s.IsOpen;
            }
        }

        return result.ToImmutable();
    }
}
