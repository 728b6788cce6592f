using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Simulation;

/// <summary>
/// One likely way the negotiation ends, with its probability: a cluster of ratified deals with its terms, the rarer
/// deals pooled, a signed deal rejected at home, a delay past the deadline, or a breakdown (the "three press
/// releases"). The press releases of a report partition the runs, so their probabilities sum to 1.
/// </summary>
/// <param name="Kind">What kind of ending.</param>
/// <param name="Headline">One line for a person.</param>
/// <param name="Runs">How many runs ended this way.</param>
/// <param name="Probability">Runs / total runs.</param>
/// <param name="Outcome">For deals: the cluster's terms (its most frequent outcome); for ratification failures: the
/// most frequent signed outcome; otherwise null.</param>
/// <param name="Terms">The outcome's value for each issue (issue → value), empty without an outcome.</param>
/// <param name="Utilities">Each party's undiscounted utility of <see cref="Outcome"/>, empty without one.</param>
/// <param name="DistinctOutcomes">How many different outcomes the runs of this press release signed (0 without agreement).</param>
/// <param name="MeanRound">The mean round these runs ended in.</param>
public sealed record PressRelease(
    PressReleaseKind Kind,
    string Headline,
    int Runs,
    double Probability,
    OutcomeIndex? Outcome,
    ImmutableArray<KeyValuePair<string, Value>> Terms,
    ImmutableArray<double> Utilities,
    int DistinctOutcomes,
    double MeanRound);
