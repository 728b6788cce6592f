using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Analysis.TwoLevel;

/// <summary>One round of a deal window.</summary>
/// <param name="Round">The round, 1..Rounds (0 for the initial state).</param>
/// <param name="Date">The first day of the round, when the timeline has a calendar.</param>
/// <param name="Label">The labels of the events that happened at the start of this round, joined with "; " (empty when none).</param>
/// <param name="Events">Those events, in timeline order.</param>
/// <param name="AgreementSpaceSize">How many outcomes every party would ratify and prefers to no deal.</param>
/// <param name="WinSetSizes">Each party's win-set size, in party order.</param>
/// <param name="IndividuallyRationalSizes">Each party's number of individually rational outcomes, in party order.</param>
/// <param name="BestDeal">The Nash solution within the agreement space, or null when it is empty.</param>
/// <param name="Changed">True when an event happened or a figure (a size, the best deal) differs from the round before; always true for round 1.</param>
public sealed record DealWindowStep(
    int Round,
    DateOnly? Date,
    string Label,
    ImmutableArray<TimelineEvent> Events,
    int AgreementSpaceSize,
    ImmutableArray<int> WinSetSizes,
    ImmutableArray<int> IndividuallyRationalSizes,
    SolutionPoint? BestDeal,
    bool Changed)
{
    /// <summary>True when a deal is possible in this round.</summary>
    public bool IsOpen => AgreementSpaceSize > 0;
}
